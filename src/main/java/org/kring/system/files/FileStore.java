package org.kring.system.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded files on disk, outside the database, in one directory per use (a shared one
 * when several nodes run), each under a random name that says nothing of its owner or
 * content, checked by content for one of the accepted {@link FileType}s and kept with its
 * SHA-256 checksum. A file written in a transaction that rolls back is removed again, and
 * one removed in a transaction goes only once it commits. Each module that keeps files
 * makes its own store over its own directory.
 */
public class FileStore {

	private static final Logger logger = LoggerFactory.getLogger(FileStore.class);

	private final Path directory;

	/**
	 * A store over a directory, made when the first file comes.
	 * @param directory where the files are kept
	 */
	public FileStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/**
	 * A file as received, checked and stored under its id.
	 *
	 * @param id the random id, also the name on disk
	 * @param type the type its content shows
	 * @param size its size in bytes
	 * @param sha256 its SHA-256 checksum, in hexadecimal
	 */
	public record Stored(UUID id, FileType type, long size, String sha256) {
	}

	/** Why a file was refused. */
	public enum Refusal {

		/** Empty: a form's file chosen by mistake, or one that could not be read. */
		EMPTY,

		/** Larger than the setting allows. */
		TOO_LARGE,

		/** Not one of the accepted kinds. */
		WRONG_TYPE

	}

	/**
	 * Copies a form's file to disk while checking its size and type, refusing an empty
	 * one.
	 * @param upload the file as received
	 * @param maxBytes the largest size accepted
	 * @return the stored file, or why it was refused (then nothing stays on disk)
	 */
	public StoreResult store(Upload upload, long maxBytes) {
		return store(upload, maxBytes, EnumSet.allOf(FileType.class));
	}

	/**
	 * Copies a form's file to disk while checking its size and type, refusing an empty
	 * one and one of a type not accepted here.
	 * @param upload the file as received
	 * @param maxBytes the largest size accepted
	 * @param accepted the types accepted here
	 * @return the stored file, or why it was refused (then nothing stays on disk)
	 */
	public StoreResult store(Upload upload, long maxBytes, Set<FileType> accepted) {
		if (upload.size() == 0) {
			return StoreResult.refused(Refusal.EMPTY);
		}
		if (upload.size() > maxBytes) {
			return StoreResult.refused(Refusal.TOO_LARGE);
		}
		StoreResult result;
		try (InputStream content = upload.content().open()) {
			result = store(content, maxBytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Stored stored = result.stored();
		if (stored != null && !accepted.contains(stored.type())) {
			deleteQuietly(pathOf(stored.id()));
			return StoreResult.refused(Refusal.WRONG_TYPE);
		}
		return result;
	}

	/**
	 * Copies an upload to disk while checking its size and type.
	 * @param content the upload's content
	 * @param maxBytes the largest size accepted
	 * @return the stored file, or why it was refused (then nothing stays on disk)
	 */
	public StoreResult store(InputStream content, long maxBytes) {
		UUID id = UUID.randomUUID();
		Path target = pathOf(id);
		try {
			Files.createDirectories(this.directory);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
				size = copyAtMost(content, out, maxBytes);
			}
			if (size > maxBytes) {
				Files.deleteIfExists(target);
				return StoreResult.refused(Refusal.TOO_LARGE);
			}
			Optional<FileType> type = FileType.of(target);
			if (type.isEmpty()) {
				Files.deleteIfExists(target);
				return StoreResult.refused(Refusal.WRONG_TYPE);
			}
			removeOnRollback(id);
			return StoreResult.stored(new Stored(id, type.get(), size, HexFormat.of().formatHex(digest.digest())));
		}
		catch (IOException ex) {
			deleteQuietly(target);
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The content of a stored file.
	 * @param id the file's id
	 * @return the file's path
	 */
	public Path pathOf(UUID id) {
		return this.directory.resolve(id.toString());
	}

	/**
	 * Removes files once the current transaction commits, or at once without one.
	 * @param ids the files' ids
	 */
	public void removeAfterCommit(Iterable<UUID> ids) {
		Runnable removal = () -> ids.forEach((id) -> deleteQuietly(pathOf(id)));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					removal.run();
				}
			});
		}
		else {
			removal.run();
		}
	}

	private void removeOnRollback(UUID id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						deleteQuietly(pathOf(id));
					}
				}
			});
		}
	}

	/**
	 * Copies up to one byte more than allowed, enough to tell that a file is too large.
	 */
	private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while (total <= maxBytes && (read = in.read(buffer)) != -1) {
			out.write(buffer, 0, read);
			total += read;
		}
		return total;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("A stored file could not be removed: {}", file.getFileName(), ex);
		}
	}

	/**
	 * A stored file, or why it was refused.
	 *
	 * @param stored the stored file, null when refused
	 * @param refusal why it was refused, null when stored
	 */
	public record StoreResult(@org.jspecify.annotations.Nullable Stored stored,
			@org.jspecify.annotations.Nullable Refusal refusal) {

		static StoreResult stored(Stored stored) {
			return new StoreResult(stored, null);
		}

		static StoreResult refused(Refusal refusal) {
			return new StoreResult(null, refusal);
		}

	}

}
