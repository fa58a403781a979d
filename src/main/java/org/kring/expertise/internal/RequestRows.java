package org.kring.expertise.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The flat records the request pages read.
 */
public final class RequestRows {

	private RequestRows() {
	}

	/**
	 * A request as stored.
	 *
	 * @param id its id
	 * @param kind what is asked for
	 * @param title its title
	 * @param question what is asked
	 * @param link a link to what it is about, or null
	 * @param communityId the community it is for, or null
	 * @param askedBy who asked
	 * @param dueOn the day the answer is due
	 * @param state where it stands
	 * @param createdAt when it was asked
	 */
	public record Request(UUID id, RequestKind kind, String title, String question, @Nullable String link,
			@Nullable UUID communityId, UUID askedBy, LocalDate dueOn, RequestState state, Instant createdAt) {
	}

	/**
	 * One asked expert's reply.
	 *
	 * @param expertId the expert
	 * @param state where they stand
	 * @param answer their answer, or null
	 * @param declineReason why they declined, or null
	 * @param answeredAt when they last replied, or null
	 */
	public record Expert(UUID expertId, AnswerState state, @Nullable String answer, @Nullable String declineReason,
			@Nullable Instant answeredAt) {
	}

	/**
	 * An attached file.
	 *
	 * @param id its id, also its name on disk
	 * @param requestId the request
	 * @param expertId the expert whose answer it belongs to; null for the asker's files
	 * @param originalName the name it was uploaded with
	 * @param contentType the type its content showed
	 * @param size its size in bytes
	 * @param sha256 its checksum
	 */
	public record Attachment(UUID id, UUID requestId, @Nullable UUID expertId, String originalName, String contentType,
			long size, String sha256) {
	}

	/**
	 * A request asked of someone, with where they stand.
	 *
	 * @param id the request
	 * @param title its title
	 * @param kind what is asked for
	 * @param askedBy who asked
	 * @param dueOn when it is due
	 * @param state where the request stands
	 * @param mine where this person stands
	 */
	public record AskedOfMe(UUID id, String title, RequestKind kind, UUID askedBy, LocalDate dueOn, RequestState state,
			AnswerState mine) {
	}

	/**
	 * A request someone asked, with how many experts replied.
	 *
	 * @param id the request
	 * @param title its title
	 * @param kind what is asked for
	 * @param dueOn when it is due
	 * @param state where it stands
	 * @param asked how many experts were asked
	 * @param answered how many answered
	 * @param declined how many declined
	 */
	public record AskedByMe(UUID id, String title, RequestKind kind, LocalDate dueOn, RequestState state, int asked,
			int answered, int declined) {

		public boolean pending() {
			return this.asked > this.answered + this.declined;
		}

	}

}
