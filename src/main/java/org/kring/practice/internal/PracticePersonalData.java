package org.kring.practice.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kring.account.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the practice module holds about a person: the practices they submitted. Erasure
 * deletes their drafts with their files; the practices they handed in stay, as shared
 * knowledge, under an id nobody has, without the contact they gave (which the module
 * cannot tell from their own).
 */
@Component
class PracticePersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	private final PracticeFiles files;

	private final PracticeIndexing indexing;

	PracticePersonalData(JdbcTemplate jdbc, PracticeFiles files, PracticeIndexing indexing) {
		this.jdbc = jdbc;
		this.files = files;
		this.indexing = indexing;
	}

	@Override
	public String section() {
		return "practices";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		List<Map<String, Object>> submitted = this.jdbc
			.query("select id, title, summary, country, state, contact_name, contact_email, created_at from practice"
					+ " where submitted_by = ? order by created_at", (rs, n) -> {
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("practiceId", rs.getString("id"));
						row.put("title", rs.getString("title"));
						put(row, "summary", rs.getString("summary"));
						put(row, "country", rs.getString("country"));
						row.put("state", rs.getString("state"));
						put(row, "contactName", rs.getString("contact_name"));
						put(row, "contactEmail", rs.getString("contact_email"));
						row.put("createdAt", rs.getTimestamp("created_at").toInstant().toString());
						return row;
					}, personId);
		List<Map<String, Object>> uploaded = this.jdbc
			.query("select practice_id, original_name, size_bytes, uploaded_at from practice_file where uploaded_by = ?"
					+ " order by uploaded_at", (rs, n) -> {
						Map<String, Object> row = new LinkedHashMap<>();
						row.put("practiceId", rs.getString("practice_id"));
						row.put("name", rs.getString("original_name"));
						row.put("size", rs.getLong("size_bytes"));
						row.put("uploadedAt", rs.getTimestamp("uploaded_at").toInstant().toString());
						return row;
					}, personId);
		Map<String, Object> data = new LinkedHashMap<>();
		if (!submitted.isEmpty()) {
			data.put("submitted", submitted);
		}
		if (!uploaded.isEmpty()) {
			data.put("files", uploaded);
		}
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		List<UUID> draftFiles = this.jdbc.queryForList(
				"select f.id from practice_file f join practice p"
						+ " on p.id = f.practice_id where p.submitted_by = ? and p.state = 'DRAFT'",
				UUID.class, personId);
		List<UUID> drafts = this.jdbc.queryForList("select id from practice where submitted_by = ? and state = 'DRAFT'",
				UUID.class, personId);
		this.jdbc.update("delete from practice where submitted_by = ? and state = 'DRAFT'", personId);
		this.indexing.forget(drafts);
		this.files.removeAfterCommit(draftFiles);
		UUID anonymous = UUID.randomUUID();
		this.jdbc.update("update practice set submitted_by = ?, contact_name = null, contact_email = null,"
				+ " version = version + 1 where submitted_by = ?", anonymous, personId);
		this.jdbc.update("update practice_file set uploaded_by = ? where uploaded_by = ?", anonymous, personId);
		this.jdbc.update("update practice_state_change set changed_by = ? where changed_by = ?", anonymous, personId);
	}

	private static void put(Map<String, Object> row, String key, @org.jspecify.annotations.Nullable String value) {
		if (value != null) {
			row.put(key, value);
		}
	}

}
