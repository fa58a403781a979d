package org.kring.library.internal;

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
 * What the library holds about a person: the publications, versions and translations they
 * added, the files they uploaded and the translations they asked for. Erasure keeps the
 * publications, which belong to the library, under no one's name, and deletes their
 * requests (the counts drop by theirs).
 */
@Component
class LibraryPersonalData implements PersonalData {

	/** Who an erased person's publications and files are kept under. */
	static final UUID NOBODY = new UUID(0, 0);

	private final JdbcClient jdbc;

	LibraryPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "library";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> export(UUID personId) {
		Map<String, Object> data = new LinkedHashMap<>();
		put(data, "publications", rows(
				"select id, title, created_at from library_publication where created_by = ?" + " order by created_at",
				personId));
		put(data, "versions", rows("select publication_id, number, change_note from library_version"
				+ " where created_by = ? order by created_at", personId));
		put(data, "translations", rows("select publication_id, language, title from library_translation"
				+ " where created_by = ? order by created_at", personId));
		put(data, "files", rows("select id, original_name, sha256, uploaded_at from library_file where uploaded_by = ?"
				+ " order by uploaded_at", personId));
		put(data, "translationRequests", rows("select publication_id, language, requested_at"
				+ " from library_translation_request where requested_by = ? order by requested_at", personId));
		return data;
	}

	@Override
	@Transactional
	public void erase(UUID personId) {
		this.jdbc.sql("update library_publication set created_by = ?, version = version + 1 where created_by = ?")
			.params(NOBODY, personId)
			.update();
		this.jdbc.sql("update library_version set created_by = ? where created_by = ?")
			.params(NOBODY, personId)
			.update();
		this.jdbc.sql("update library_translation set created_by = ? where created_by = ?")
			.params(NOBODY, personId)
			.update();
		this.jdbc.sql("update library_file set uploaded_by = ? where uploaded_by = ?")
			.params(NOBODY, personId)
			.update();
		this.jdbc.sql("delete from library_translation_request where requested_by = ?").param(personId).update();
	}

	private List<Map<String, Object>> rows(String sql, UUID personId) {
		return PersonalDataRows.of(this.jdbc, sql, personId);
	}

	private static void put(Map<String, Object> data, String name, List<Map<String, Object>> rows) {
		PersonalDataRows.put(data, name, rows);
	}

}
