package org.kring.discussion.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kring.discussion.internal.DiscussionInvalid.Problem;
import org.kring.system.files.FileNames;
import org.kring.system.files.FileSettings;
import org.kring.system.files.FileStore;
import org.kring.system.files.FileType;
import org.kring.system.files.Upload;

import org.springframework.stereotype.Component;

/**
 * The files of posts: images (PNG, JPEG) and PDFs, recognised by their content, each
 * within {@code kring.files.max-size} as the library's, at most {@value #MAX_PER_POST} to
 * a post. Files are checked and put on disk before the post is saved, so that a refused
 * one shows next to the field with the post's other problems; those already written go
 * again when the transaction rolls back. A deleted post's files go once its deletion
 * commits.
 */
@Component
public class Attachments {

	/** The most files one post carries. */
	public static final int MAX_PER_POST = 5;

	/** The field of the forms that carries the files. */
	public static final String FIELD = "files";

	private static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG);

	private final DiscussionFiles files;

	private final PostAttachments attachments;

	private final FileSettings settings;

	Attachments(DiscussionFiles files, PostAttachments attachments, FileSettings settings) {
		this.files = files;
		this.attachments = attachments;
		this.settings = settings;
	}

	/** A file checked and on disk, to attach once its post is saved. */
	public record Accepted(FileStore.Stored stored, String name) {
	}

	/**
	 * Checks and stores the files of a post about to be written. The first refused file
	 * refuses them all, with a problem for {@link #FIELD} naming it.
	 * @param uploads the form's files, possibly none
	 * @param problems where a problem goes
	 * @return the files stored, empty when one was refused
	 */
	List<Accepted> store(List<Upload> uploads, Map<String, Problem> problems) {
		if (uploads.size() > MAX_PER_POST) {
			problems.put(FIELD, Problem.of("discussion.files.too-many", MAX_PER_POST));
			return List.of();
		}
		long max = this.settings.maxSize().toBytes();
		List<Accepted> accepted = new ArrayList<>();
		for (Upload upload : uploads) {
			String name = FileNames.safe(upload.name());
			FileStore.StoreResult result = this.files.store(upload, max, ACCEPTED);
			if (result.refusal() != null) {
				String key = switch (result.refusal()) {
					case EMPTY -> "discussion.files.empty";
					case TOO_LARGE -> "discussion.files.too-large";
					case WRONG_TYPE -> "discussion.files.type";
				};
				problems.put(FIELD, Problem.of(key, name, max / (1024 * 1024)));
				return List.of();
			}
			accepted.add(new Accepted(result.stored(), name));
		}
		return accepted;
	}

	/**
	 * Attaches stored files to a post just saved.
	 * @param postId the post
	 * @param accepted the files, in order
	 * @param at when
	 */
	void attach(UUID postId, List<Accepted> accepted, Instant at) {
		int position = 0;
		for (Accepted file : accepted) {
			this.attachments.save(new PostAttachment(file.stored().id(), postId, position++, file.name(),
					file.stored().type().contentType(), file.stored().size(), file.stored().sha256(), at));
		}
	}

	/**
	 * The files of the posts of a page, in one query.
	 * @param postIds the posts
	 * @return each post's files in order; a post without any is absent
	 */
	public Map<UUID, List<PostAttachment>> of(Collection<UUID> postIds) {
		if (postIds.isEmpty()) {
			return Map.of();
		}
		return this.attachments.findByPostIdInOrderByPostIdAscPositionAsc(postIds)
			.stream()
			.collect(Collectors.groupingBy(PostAttachment::postId, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * One file of a post.
	 * @param postId the post
	 * @param fileId the file
	 * @return the file, empty when the post has no such file
	 */
	public Optional<PostAttachment> find(UUID postId, UUID fileId) {
		return this.attachments.findById(fileId).filter((file) -> file.postId().equals(postId));
	}

	/**
	 * Where a file's content is.
	 * @param file the file
	 * @return its path on disk
	 */
	public Path pathOf(PostAttachment file) {
		return this.files.pathOf(file.id());
	}

	/**
	 * Forgets a deleted post's files; they leave the disk once the deletion commits.
	 * @param postId the post
	 */
	void forget(UUID postId) {
		List<PostAttachment> gone = this.attachments.findByPostIdOrderByPosition(postId);
		this.attachments.deleteAll(gone);
		this.files.removeAfterCommit(gone.stream().map(PostAttachment::id).toList());
	}

}
