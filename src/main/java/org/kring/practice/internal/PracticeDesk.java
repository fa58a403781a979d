package org.kring.practice.internal;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.system.KringPrincipal;
import org.kring.system.files.FileNames;
import org.kring.system.files.FileSettings;
import org.kring.system.files.FileStore;
import org.kring.system.files.Upload;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where submitters write their practices: drafts, changes, submitting, and the files
 * attached. Whatever someone may not read or change is {@link PracticeNotFound} to them.
 */
@Service
public class PracticeDesk {

	private final Practices practices;

	private final PracticeAccess access;

	private final PracticeFiles files;

	private final FileSettings fileSettings;

	private final JdbcClient jdbc;

	private final Clock clock;

	PracticeDesk(Practices practices, PracticeAccess access, PracticeFiles files, FileSettings fileSettings,
			JdbcClient jdbc, Clock clock) {
		this.practices = practices;
		this.access = access;
		this.files = files;
		this.fileSettings = fileSettings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A practice for someone who may read it.
	 * @param me the reader, or null for a visitor
	 * @param id the practice
	 * @return the practice
	 * @throws PracticeNotFound when there is none or they may not read it
	 */
	@Transactional(readOnly = true)
	public Practice readable(@Nullable KringPrincipal me, UUID id) {
		Practice practice = this.practices.findById(id).orElseThrow(PracticeNotFound::new);
		if (!this.access.canRead(me, practice)) {
			throw new PracticeNotFound();
		}
		// pages read it after the transaction: its collections are loaded now
		practice.description();
		practice.stateChanges();
		return practice;
	}

	/**
	 * A practice its submitter may change.
	 * @param me the submitter
	 * @param id the practice
	 * @return the practice
	 * @throws PracticeNotFound when there is none, they may not read it, or may not
	 * change it
	 */
	@Transactional(readOnly = true)
	public Practice editable(KringPrincipal me, UUID id) {
		Practice practice = readable(me, id);
		if (!this.access.mayEdit(me, practice)) {
			throw new PracticeNotFound();
		}
		return practice;
	}

	/**
	 * Writes a new practice, kept as a draft or submitted at once.
	 * @param me its submitter
	 * @param description what they wrote
	 * @param submit whether to hand it in
	 * @return the practice
	 * @throws IncompletePracticeException when submitting misses parts; nothing is kept
	 */
	@Transactional
	public Practice write(KringPrincipal me, PracticeDescription description, boolean submit) {
		Instant now = this.clock.instant();
		Practice practice = Practice.draft(description, me.id(), now);
		if (submit) {
			practice.submit(me.id(), now);
		}
		return this.practices.save(practice);
	}

	/**
	 * Changes a draft or returned practice, and hands it in when asked.
	 * @param me its submitter
	 * @param id the practice
	 * @param version the version the form was opened at
	 * @param description the new description
	 * @param submit whether to hand it in
	 * @return the practice
	 * @throws OptimisticLockingFailureException when it changed since the form was opened
	 * @throws IncompletePracticeException when submitting misses parts; nothing is kept
	 */
	@Transactional
	public Practice revise(KringPrincipal me, UUID id, long version, PracticeDescription description, boolean submit) {
		Practice practice = editable(me, id);
		if (practice.version() != version) {
			throw new OptimisticLockingFailureException("Practice " + id + " changed since the form was opened");
		}
		Instant now = this.clock.instant();
		practice.describe(description, now);
		if (submit) {
			practice.submit(me.id(), now);
		}
		return this.practices.saveAndFlush(practice);
	}

	/**
	 * Hands in a draft or returned practice as it is.
	 * @param me its submitter
	 * @param id the practice
	 * @throws IncompletePracticeException when it misses parts
	 */
	@Transactional
	public void submit(KringPrincipal me, UUID id) {
		Practice practice = editable(me, id);
		practice.submit(me.id(), this.clock.instant());
		this.practices.save(practice);
	}

	/**
	 * The files of a practice, in the order they came.
	 * @param practiceId the practice
	 * @return its files
	 */
	@Transactional(readOnly = true)
	public List<PracticeFile> files(UUID practiceId) {
		return this.jdbc.sql("select * from practice_file where practice_id = ? order by uploaded_at, original_name")
			.param(practiceId)
			.query((rs, row) -> new PracticeFile(rs.getObject("id", UUID.class), practiceId,
					rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256"), rs.getObject("uploaded_by", UUID.class),
					rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

	/**
	 * Attaches a file to a practice its submitter may change.
	 * @param me the submitter
	 * @param practiceId the practice
	 * @param upload the file
	 * @return the file kept
	 * @throws FileRefused when it is empty, too large or not an accepted kind
	 */
	@Transactional
	public PracticeFile attach(KringPrincipal me, UUID practiceId, Upload upload) {
		editable(me, practiceId);
		FileStore.StoreResult result = this.files.store(upload, this.fileSettings.maxSize().toBytes());
		FileStore.Stored stored = result.stored();
		if (stored == null) {
			throw new FileRefused(switch (Objects.requireNonNull(result.refusal())) {
				case EMPTY -> "practice.file.empty";
				case TOO_LARGE -> "practice.file.tooLarge";
				case WRONG_TYPE -> "practice.file.wrongType";
			});
		}
		PracticeFile file = new PracticeFile(stored.id(), practiceId, FileNames.safe(upload.name()),
				stored.type().contentType(), stored.size(), stored.sha256(), me.id(), this.clock.instant());
		this.jdbc
			.sql("insert into practice_file (id, practice_id, original_name, content_type, size_bytes, sha256,"
					+ " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.id(), file.practiceId(), file.name(), file.contentType(), file.size(), file.sha256(),
					file.uploadedBy(), Timestamp.from(file.uploadedAt()))
			.update();
		return file;
	}

	/**
	 * Removes a file from a practice its submitter may change.
	 * @param me the submitter
	 * @param practiceId the practice
	 * @param fileId the file
	 * @throws PracticeNotFound when the practice has no such file
	 */
	@Transactional
	public void remove(KringPrincipal me, UUID practiceId, UUID fileId) {
		editable(me, practiceId);
		int removed = this.jdbc.sql("delete from practice_file where id = ? and practice_id = ?")
			.params(fileId, practiceId)
			.update();
		if (removed == 0) {
			throw new PracticeNotFound();
		}
		this.files.removeAfterCommit(List.of(fileId));
	}

	/**
	 * A file of a practice someone may read, with where its content is.
	 * @param me the reader, or null for a visitor
	 * @param practiceId the practice
	 * @param fileId the file
	 * @return the file and whether the practice is public
	 * @throws PracticeNotFound when there is no such file or they may not read it
	 */
	@Transactional(readOnly = true)
	public Download download(@Nullable KringPrincipal me, UUID practiceId, UUID fileId) {
		Practice practice = readable(me, practiceId);
		PracticeFile file = files(practiceId).stream()
			.filter((candidate) -> candidate.id().equals(fileId))
			.findFirst()
			.orElseThrow(PracticeNotFound::new);
		return new Download(file, this.files.pathOf(fileId), practice.state() == PracticeState.PUBLISHED);
	}

	/**
	 * A file to send.
	 *
	 * @param file its row
	 * @param path its content
	 * @param published whether anyone may read it, so caches may keep it
	 */
	public record Download(PracticeFile file, Path path, boolean published) {
	}

}
