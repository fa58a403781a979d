package org.kring.discussion.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;
import org.kring.account.PersonalDataRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the moderation of discussions holds about a person: their blocks, what moderators
 * did about them and what they did as a moderator, with the reasons. Erasure lifts their
 * blocks and keeps every log entry's action and reason, without them: an entry about them
 * names nobody, one they wrote as a moderator is kept under {@link #NOBODY}, as are the
 * blocks they set.
 */
@Component
class ModerationPersonalData implements PersonalData {

	/** Who an erased moderator's log entries and blocks are kept under. */
	static final UUID NOBODY = new UUID(0, 0);

	private final JdbcClient jdbc;

	ModerationPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "moderation";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		put(data, "blocks", rows("select community_id, reason, created_at from discussion_block where person_id = ?"
				+ " order by created_at", personId));
		put(data, "actionsAboutYou",
				rows("select community_id, action, post_id, reason, created_at from discussion_moderation_log"
						+ " where person_id = ? order by created_at", personId));
		put(data, "actionsByYou",
				rows("select community_id, action, post_id, reason, created_at from discussion_moderation_log"
						+ " where moderator_id = ? order by created_at", personId));
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.jdbc.sql("delete from discussion_block where person_id = ?").param(personId).update();
		this.jdbc.sql("update discussion_block set blocked_by = ? where blocked_by = ?")
			.params(NOBODY, personId)
			.update();
		this.jdbc.sql("update discussion_moderation_log set person_id = null where person_id = ?")
			.param(personId)
			.update();
		this.jdbc.sql("update discussion_moderation_log set moderator_id = ? where moderator_id = ?")
			.params(NOBODY, personId)
			.update();
	}

	private List<Map<String, Object>> rows(String sql, UUID personId) {
		return PersonalDataRows.of(this.jdbc, sql, personId);
	}

	private static void put(Map<String, Object> data, String name, List<Map<String, Object>> rows) {
		PersonalDataRows.put(data, name, rows);
	}

}
