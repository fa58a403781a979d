package org.kring.library.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kring.system.files.Upload;
import org.kring.system.i18n.LanguageCodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and changing publications: their description, a new version of their files with
 * a note of what changed, a translation with its own title, summary and files. After each
 * change of files the publication keeps the text of its newest version's files in its
 * original language, for the search.
 */
@Service
@Transactional
public class Library {

	private final Publications publications;

	private final StoredUploads uploads;

	private final LibraryFiles files;

	private final JdbcClient jdbc;

	private final Clock clock;

	Library(Publications publications, StoredUploads uploads, LibraryFiles files, JdbcClient jdbc, Clock clock) {
		this.publications = publications;
		this.uploads = uploads;
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A publication by its id.
	 * @param id the id
	 * @return the publication, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<Publication> find(UUID id) {
		return this.publications.findById(id);
	}

	/**
	 * Adds a publication as its first version, with its files in its language.
	 * @param draft its description
	 * @param files its files, possibly none
	 * @param by who adds it
	 * @return the publication
	 */
	public Publication add(PublicationDraft draft, List<Upload> files, UUID by) {
		Instant now = now();
		List<StoredUploads.Accepted> stored = this.uploads.store(files);
		Publication publication = this.publications.saveAndFlush(new Publication(draft, by, now));
		UUID version = insertVersion(publication.id(), 1, null, by, now);
		insertFiles(version, publication.language(), stored, by, now);
		keepFileText(publication, now);
		return publication;
	}

	/**
	 * Changes a publication's description.
	 * @param publication the publication
	 * @param expectedVersion the version the form was opened at
	 * @param draft the new description
	 * @throws ObjectOptimisticLockingFailureException when someone changed it since
	 */
	public void revise(Publication publication, long expectedVersion, PublicationDraft draft) {
		if (publication.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Publication.class, publication.id());
		}
		publication.describe(draft, now());
		this.publications.saveAndFlush(publication);
	}

	/**
	 * Adds a new version of the files in the original language.
	 * @param publication the publication
	 * @param changeNote what changed
	 * @param files the new version's files, at least one
	 * @param by who adds it
	 * @return the new version's number
	 */
	public int addVersion(Publication publication, @Nullable String changeNote, List<Upload> files, UUID by) {
		if (changeNote == null || changeNote.isBlank()) {
			throw LibraryRefused.of("changeNote", "library.version.note.required");
		}
		if (changeNote.length() > 2000) {
			throw LibraryRefused.of("changeNote", "library.too-long");
		}
		if (files.isEmpty()) {
			throw LibraryRefused.of(StoredUploads.FIELD, "library.file.required");
		}
		Instant now = now();
		List<StoredUploads.Accepted> stored = this.uploads.store(files);
		int number = newestVersion(publication.id()).map(NewestVersion::number).orElse(0) + 1;
		UUID version = insertVersion(publication.id(), number, changeNote.strip(), by, now);
		insertFiles(version, publication.language(), stored, by, now);
		keepFileText(publication, now);
		return number;
	}

	/**
	 * Adds or replaces a translation; its files go with the newest version.
	 * @param publication the publication
	 * @param language the translation's language
	 * @param title its title
	 * @param summary its summary
	 * @param files its files, possibly none
	 * @param by who adds it
	 * @return the translation's language code
	 */
	public String translate(Publication publication, @Nullable String language, @Nullable String title,
			@Nullable String summary, List<Upload> files, UUID by) {
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		String code = LanguageCodes.normalize(language);
		if (code == null) {
			problems.put("language", "library.language.invalid");
		}
		else if (code.equals(publication.language())) {
			problems.put("language", "library.translation.original");
		}
		if (title == null || title.isBlank()) {
			problems.put("title", "library.title.required");
		}
		PublicationDraft.tooLong(problems, "title", title, 300);
		PublicationDraft.tooLong(problems, "summary", summary, 4000);
		if (!problems.isEmpty()) {
			throw new LibraryRefused(problems);
		}
		Instant now = now();
		List<StoredUploads.Accepted> stored = this.uploads.store(files);
		this.jdbc.sql("delete from library_translation where publication_id = ? and language = ?")
			.params(publication.id(), code)
			.update();
		this.jdbc
			.sql("insert into library_translation (publication_id, language, title, summary, created_by,"
					+ " created_at) values (?, ?, ?, ?, ?, ?)")
			.params(publication.id(), code, title.strip(), PublicationDraft.blankToNull(summary), by, moment(now))
			.update();
		UUID version = newestVersion(publication.id()).map(NewestVersion::id)
			.orElseGet(() -> insertVersion(publication.id(), 1, null, by, now));
		insertFiles(version, code, stored, by, now);
		return Objects.requireNonNull(code);
	}

	/**
	 * Removes a publication with its files.
	 * @param publication the publication
	 */
	public void remove(Publication publication) {
		List<UUID> fileIds = this.jdbc
			.sql("select f.id from library_file f join library_version v on v.id = f.version_id"
					+ " where v.publication_id = ?")
			.param(publication.id())
			.query(UUID.class)
			.list();
		this.publications.delete(publication);
		this.files.removeAfterCommit(fileIds);
	}

	private UUID insertVersion(UUID publicationId, int number, @Nullable String note, UUID by, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into library_version (id, publication_id, number, change_note, created_by, created_at)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(id, publicationId, number, note, by, moment(now))
			.update();
		return id;
	}

	private void insertFiles(UUID versionId, String language, List<StoredUploads.Accepted> stored, UUID by,
			Instant now) {
		for (StoredUploads.Accepted file : stored) {
			String text = TextExcerpts.of(this.files.pathOf(file.stored().id()), file.stored().type());
			this.jdbc
				.sql("insert into library_file (id, version_id, language, original_name, content_type, size_bytes,"
						+ " sha256, text_excerpt, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(file.stored().id(), versionId, language, file.name(), file.stored().type().contentType(),
						file.stored().size(), file.stored().sha256(), text, by, moment(now))
				.update();
		}
	}

	private void keepFileText(Publication publication, Instant now) {
		List<String> texts = this.jdbc
			.sql("select f.text_excerpt from library_file f where f.version_id = (select v.id from library_version v"
					+ " where v.publication_id = ? order by v.number desc limit 1) and f.language = ?"
					+ " and f.text_excerpt is not null order by f.uploaded_at, f.original_name")
			.params(publication.id(), publication.language())
			.query(String.class)
			.list();
		publication.fileText(texts.isEmpty() ? null : texts.stream().collect(Collectors.joining("\n")), now);
		this.publications.save(publication);
	}

	private Optional<NewestVersion> newestVersion(UUID publicationId) {
		return this.jdbc
			.sql("select id, number from library_version where publication_id = ? order by number desc limit 1")
			.param(publicationId)
			.query((rs, n) -> new NewestVersion(rs.getObject("id", UUID.class), rs.getInt("number")))
			.optional();
	}

	private record NewestVersion(UUID id, int number) {
	}

	private Instant now() {
		return this.clock.instant();
	}

	static java.time.OffsetDateTime moment(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
