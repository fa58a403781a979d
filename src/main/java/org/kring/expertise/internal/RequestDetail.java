package org.kring.expertise.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request as someone allowed to see it reads it.
 *
 * @param request the request
 * @param askerName who asked
 * @param communityName the community it is for, when there is one the reader may see
 * @param replies each asked expert's reply, by name
 * @param attachments the asker's files
 * @param today the day it is now, for overdue replies
 * @param viewerId who reads it
 */
public record RequestDetail(RequestRows.Request request, String askerName, @Nullable String communityName,
		List<Reply> replies, List<RequestRows.Attachment> attachments, LocalDate today, UUID viewerId) {

	/**
	 * One expert's reply with their files.
	 *
	 * @param expert the reply
	 * @param name the expert's name
	 * @param attachments the files of their answer
	 * @param overdue whether it is still owed past the due date
	 */
	public record Reply(RequestRows.Expert expert, String name, List<RequestRows.Attachment> attachments,
			boolean overdue) {
	}

	public boolean askedByViewer() {
		return this.request.askedBy().equals(this.viewerId);
	}

	public boolean open() {
		return this.request.state() == RequestState.OPEN;
	}

	/**
	 * The reader's own reply, when they are one of the experts asked.
	 * @return the reply, or null
	 */
	public @Nullable Reply mine() {
		return this.replies.stream()
			.filter((reply) -> reply.expert().expertId().equals(this.viewerId))
			.findFirst()
			.orElse(null);
	}

	public boolean overdue() {
		return open() && this.today.isAfter(this.request.dueOn());
	}

}
