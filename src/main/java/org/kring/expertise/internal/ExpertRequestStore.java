package org.kring.expertise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The request tables, read and written in plain SQL. Every change of state is one
 * conditional update, so two clicks at once change a reply once.
 */
@Repository
class ExpertRequestStore {

	private static final String REQUEST_COLUMNS = "id, kind, title, question, link, community_id, asked_by, due_on, state, created_at";

	private final JdbcClient jdbc;

	ExpertRequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(RequestRows.Request request, Collection<UUID> experts) {
		this.jdbc.sql("insert into expertise_request (" + REQUEST_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.id(), request.kind().name(), request.title(), request.question(), request.link(),
					request.communityId(), request.askedBy(), request.dueOn(), request.state().name(),
					Timestamp.from(request.createdAt()))
			.update();
		for (UUID expert : experts) {
			this.jdbc.sql("insert into expertise_request_expert (request_id, expert_id, state) values (?, ?, 'ASKED')")
				.params(request.id(), expert)
				.update();
		}
	}

	void insert(RequestRows.Attachment attachment, Instant at) {
		this.jdbc
			.sql("insert into expertise_request_attachment (id, request_id, expert_id, original_name, content_type,"
					+ " size_bytes, sha256, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(attachment.id(), attachment.requestId(), attachment.expertId(), attachment.originalName(),
					attachment.contentType(), attachment.size(), attachment.sha256(), Timestamp.from(at))
			.update();
	}

	Optional<RequestRows.Request> find(UUID id) {
		return this.jdbc.sql("select " + REQUEST_COLUMNS + " from expertise_request where id = ?")
			.param(id)
			.query(ExpertRequestStore::request)
			.optional();
	}

	List<RequestRows.Expert> experts(UUID requestId) {
		return this.jdbc
			.sql("select expert_id, state, answer, decline_reason, answered_at from expertise_request_expert"
					+ " where request_id = ? order by expert_id")
			.param(requestId)
			.query((rs, row) -> new RequestRows.Expert(rs.getObject("expert_id", UUID.class),
					AnswerState.valueOf(rs.getString("state")), rs.getString("answer"), rs.getString("decline_reason"),
					instant(rs, "answered_at")))
			.list();
	}

	List<RequestRows.Attachment> attachments(UUID requestId) {
		return this.jdbc
			.sql("select id, request_id, expert_id, original_name, content_type, size_bytes, sha256"
					+ " from expertise_request_attachment where request_id = ? order by uploaded_at, original_name")
			.param(requestId)
			.query(ExpertRequestStore::attachment)
			.list();
	}

	Optional<RequestRows.Attachment> attachment(UUID requestId, UUID attachmentId) {
		return this.jdbc
			.sql("select id, request_id, expert_id, original_name, content_type, size_bytes, sha256"
					+ " from expertise_request_attachment where request_id = ? and id = ?")
			.params(requestId, attachmentId)
			.query(ExpertRequestStore::attachment)
			.optional();
	}

	/** The requests asked of a person: open ones first, then by due date. */
	List<RequestRows.AskedOfMe> askedOf(UUID personId, int limit) {
		return this.jdbc
			.sql("select r.id, r.title, r.kind, r.asked_by, r.due_on, r.state, e.state as mine"
					+ " from expertise_request r join expertise_request_expert e on e.request_id = r.id"
					+ " where e.expert_id = ?"
					+ " order by case when r.state = 'OPEN' and e.state in ('ASKED', 'ACCEPTED') then 0 else 1 end,"
					+ " r.due_on, r.id limit ?")
			.params(personId, limit)
			.query(ExpertRequestStore::askedOfMe)
			.list();
	}

	/** The open requests a person still owes a reply to, due soonest first. */
	List<RequestRows.AskedOfMe> openFor(UUID personId, int limit) {
		return this.jdbc
			.sql("select r.id, r.title, r.kind, r.asked_by, r.due_on, r.state, e.state as mine"
					+ " from expertise_request r join expertise_request_expert e on e.request_id = r.id"
					+ " where e.expert_id = ? and r.state = 'OPEN' and e.state in ('ASKED', 'ACCEPTED')"
					+ " order by r.due_on, r.id limit ?")
			.params(personId, limit)
			.query(ExpertRequestStore::askedOfMe)
			.list();
	}

	/** The requests a person asked, newest first, with how their experts replied. */
	List<RequestRows.AskedByMe> askedBy(UUID personId, int limit) {
		return this.jdbc
			.sql("select r.id, r.title, r.kind, r.due_on, r.state, r.created_at, count(e.expert_id) as asked,"
					+ " sum(case when e.state = 'ANSWERED' then 1 else 0 end) as answered,"
					+ " sum(case when e.state = 'DECLINED' then 1 else 0 end) as declined"
					+ " from expertise_request r left join expertise_request_expert e on e.request_id = r.id"
					+ " where r.asked_by = ? group by r.id, r.title, r.kind, r.due_on, r.state, r.created_at"
					+ " order by case when r.state = 'OPEN' then 0 else 1 end, r.created_at desc, r.id limit ?")
			.params(personId, limit)
			.query((rs, row) -> new RequestRows.AskedByMe(rs.getObject("id", UUID.class), rs.getString("title"),
					RequestKind.valueOf(rs.getString("kind")), rs.getObject("due_on", LocalDate.class),
					RequestState.valueOf(rs.getString("state")), rs.getInt("asked"), rs.getInt("answered"),
					rs.getInt("declined")))
			.list();
	}

	/**
	 * Moves one expert's reply on, if the request is open and the reply is in one of the
	 * given states.
	 * @return whether it moved
	 */
	boolean reply(UUID requestId, UUID expertId, Collection<AnswerState> from, AnswerState to, @Nullable String answer,
			@Nullable String declineReason, Instant at) {
		return this.jdbc
			.sql("update expertise_request_expert set state = :to, answer = :answer, decline_reason = :reason,"
					+ " answered_at = :at where request_id = :request and expert_id = :expert and state in (:from)"
					+ " and exists (select 1 from expertise_request r where r.id = :request and r.state = 'OPEN')")
			.param("to", to.name())
			.param("answer", answer)
			.param("reason", declineReason)
			.param("at", Timestamp.from(at))
			.param("request", requestId)
			.param("expert", expertId)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	/** Closes or cancels an open request; whether it was open. */
	boolean end(UUID requestId, RequestState to, Instant at) {
		return this.jdbc.sql("update expertise_request set state = ?, closed_at = ? where id = ? and state = 'OPEN'")
			.params(to.name(), Timestamp.from(at), requestId)
			.update() == 1;
	}

	List<RequestRows.Request> requestsBy(UUID personId) {
		return this.jdbc
			.sql("select " + REQUEST_COLUMNS + " from expertise_request where asked_by = ? order by created_at")
			.param(personId)
			.query(ExpertRequestStore::request)
			.list();
	}

	List<RequestRows.Attachment> attachmentsOf(UUID expertId) {
		return this.jdbc
			.sql("select id, request_id, expert_id, original_name, content_type, size_bytes, sha256"
					+ " from expertise_request_attachment where expert_id = ?")
			.param(expertId)
			.query(ExpertRequestStore::attachment)
			.list();
	}

	List<UUID> attachmentIdsOfRequestsBy(UUID personId) {
		return this.jdbc
			.sql("select a.id from expertise_request_attachment a join expertise_request r"
					+ " on r.id = a.request_id where r.asked_by = ?")
			.param(personId)
			.query(UUID.class)
			.list();
	}

	void deleteRequestsBy(UUID personId) {
		this.jdbc.sql("delete from expertise_request where asked_by = ?").param(personId).update();
	}

	void deleteRepliesOf(UUID expertId) {
		this.jdbc.sql("delete from expertise_request_attachment where expert_id = ?").param(expertId).update();
		this.jdbc.sql("delete from expertise_request_expert where expert_id = ?").param(expertId).update();
	}

	private static RequestRows.Request request(ResultSet rs, int row) throws SQLException {
		return new RequestRows.Request(rs.getObject("id", UUID.class), RequestKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("question"), rs.getString("link"),
				rs.getObject("community_id", UUID.class), rs.getObject("asked_by", UUID.class),
				rs.getObject("due_on", LocalDate.class), RequestState.valueOf(rs.getString("state")),
				rs.getTimestamp("created_at").toInstant());
	}

	private static RequestRows.AskedOfMe askedOfMe(ResultSet rs, int row) throws SQLException {
		return new RequestRows.AskedOfMe(rs.getObject("id", UUID.class), rs.getString("title"),
				RequestKind.valueOf(rs.getString("kind")), rs.getObject("asked_by", UUID.class),
				rs.getObject("due_on", LocalDate.class), RequestState.valueOf(rs.getString("state")),
				AnswerState.valueOf(rs.getString("mine")));
	}

	private static RequestRows.Attachment attachment(ResultSet rs, int row) throws SQLException {
		return new RequestRows.Attachment(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				rs.getObject("expert_id", UUID.class), rs.getString("original_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
