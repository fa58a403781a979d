package org.kring.result.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;
import org.kring.meeting.MeetingClosed;
import org.kring.meeting.MeetingProduct;

/**
 * Where a result came from: the meeting and agenda theme, and the meeting's product it
 * was made of. A result written directly has none of them.
 *
 * @param meetingId the meeting, or null
 * @param themeId the agenda theme the meeting treated, or null
 * @param theme the meeting's theme as it read when the meeting closed, or null
 * @param productId the meeting product, or null
 */
@Embeddable
public record Origin(@Column(name = "meeting_id") @Nullable UUID meetingId,
		@Column(name = "theme_id") @Nullable UUID themeId, @Column(name = "theme", length = 200) @Nullable String theme,
		@Column(name = "product_id") @Nullable UUID productId) {

	/** No meeting: written directly. */
	public static final Origin DIRECT = new Origin(null, null, null, null);

	/**
	 * The origin of a result made of one product of a closed meeting.
	 * @param meeting the closed meeting
	 * @param product one of its products
	 * @return its origin
	 */
	public static Origin of(MeetingClosed meeting, MeetingProduct product) {
		return new Origin(meeting.meetingId(), meeting.themeId(), meeting.theme(), product.id());
	}

	/**
	 * The origin a stored result holds: its columns all null read back as no origin.
	 * @param stored the embedded origin as loaded, or null
	 * @return it, or {@link #DIRECT}
	 */
	public static Origin orDirect(@Nullable Origin stored) {
		return (stored != null) ? stored : DIRECT;
	}

	/**
	 * Whether the result came from a meeting.
	 * @return true when it did
	 */
	public boolean fromMeeting() {
		return this.meetingId != null;
	}

}
