package org.kring.expertise.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What expert participation requests hold about a person: the requests they asked, with
 * their files, and their replies to requests asked of them, with the files of their
 * answers. Erasing removes all of these, files on disk included; other experts' replies
 * to someone else's request stay.
 */
@Component
class RequestPersonalData implements PersonalData {

	private final ExpertRequestStore store;

	private final AttachmentFiles files;

	private final JdbcClient jdbc;

	RequestPersonalData(ExpertRequestStore store, AttachmentFiles files, JdbcClient jdbc) {
		this.store = store;
		this.files = files;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "expertRequests";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		List<RequestRows.Request> asked = this.store.requestsBy(personId);
		List<Map<String, Object>> replies = this.jdbc
			.sql("select r.title, e.state, e.answer, e.decline_reason, e.answered_at from expertise_request_expert e"
					+ " join expertise_request r on r.id = e.request_id where e.expert_id = ? order by r.created_at")
			.param(personId)
			.query((rs, row) -> {
				Map<String, Object> reply = new LinkedHashMap<>();
				reply.put("request", rs.getString("title"));
				reply.put("state", rs.getString("state"));
				reply.put("answer", rs.getString("answer"));
				reply.put("declineReason", rs.getString("decline_reason"));
				reply.put("answeredAt", (rs.getTimestamp("answered_at") != null)
						? rs.getTimestamp("answered_at").toInstant().toString() : null);
				return reply;
			})
			.list();
		if (asked.isEmpty() && replies.isEmpty()) {
			return data;
		}
		List<Map<String, Object>> requests = new ArrayList<>();
		for (RequestRows.Request request : asked) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", request.kind().name());
			row.put("title", request.title());
			row.put("question", request.question());
			row.put("link", request.link());
			row.put("dueOn", request.dueOn().toString());
			row.put("state", request.state().name());
			row.put("askedAt", request.createdAt().toString());
			row.put("attachments",
					this.store.attachments(request.id())
						.stream()
						.filter((file) -> file.expertId() == null)
						.map(RequestRows.Attachment::originalName)
						.toList());
			requests.add(row);
		}
		data.put("requestsAsked", requests);
		data.put("replies", replies);
		data.put("attachmentsOfAnswers",
				this.store.attachmentsOf(personId).stream().map(RequestRows.Attachment::originalName).toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		List<UUID> doomed = new ArrayList<>(this.store.attachmentIdsOfRequestsBy(personId));
		this.store.attachmentsOf(personId).forEach((file) -> doomed.add(file.id()));
		this.store.deleteRepliesOf(personId);
		this.store.deleteRequestsBy(personId);
		this.files.removeAfterCommit(doomed);
	}

}
