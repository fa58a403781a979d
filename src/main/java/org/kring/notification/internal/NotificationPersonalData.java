package org.kring.notification.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What notifications hold about a person: the notifications made for them (with whether
 * each was mailed), their preferences, the digests mailed to them and the unsubscribe
 * links of their mails (when issued and whether used; never the secret, which is not
 * kept). Erasing deletes all of it; nobody else's notifications name them by id.
 */
@Component
class NotificationPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final NotificationStore store;

	private final MailStore mails;

	NotificationPersonalData(JdbcClient jdbc, NotificationStore store, MailStore mails) {
		this.jdbc = jdbc;
		this.store = store;
		this.mails = mails;
	}

	@Override
	public String section() {
		return "notifications";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Map<String, Object>> notifications = this.jdbc
			.sql("select kind, link, arguments, created_at, read_at, mailed_at from notification where recipient_id = ?"
					+ " order by created_at")
			.param(personId)
			.query((rs, row) -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("kind", rs.getString("kind"));
				one.put("link", rs.getString("link"));
				one.put("arguments", NotificationStore.decode(rs.getString("arguments")));
				one.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
				one.put("read", rs.getTimestamp("read_at") != null);
				one.put("mailed", rs.getTimestamp("mailed_at") != null);
				return one;
			})
			.list();
		Map<UUID, CommunityLevel> levels = this.store.levelsOf(personId);
		boolean chose = this.jdbc.sql("select count(*) from notification_preference where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single() > 0;
		List<Map<String, Object>> digests = this.mails.digestsOf(personId);
		List<Map<String, Object>> unsubscribeLinks = this.mails.unsubscribesOf(personId);
		Map<String, Object> data = new LinkedHashMap<>();
		if (notifications.isEmpty() && levels.isEmpty() && !chose && digests.isEmpty() && unsubscribeLinks.isEmpty()) {
			return data;
		}
		data.put("notifications", notifications);
		data.put("emailMode", this.store.emailMode(personId).name());
		Map<String, Object> byCommunity = new LinkedHashMap<>();
		levels.forEach((community, level) -> byCommunity.put(community.toString(), level.name()));
		data.put("communityLevels", byCommunity);
		data.put("digests", digests);
		data.put("unsubscribeLinks", unsubscribeLinks);
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.store.erase(personId);
		this.mails.erase(personId);
	}

}
