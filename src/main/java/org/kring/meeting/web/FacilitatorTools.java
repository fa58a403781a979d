package org.kring.meeting.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.meeting.internal.AllSeries;
import org.kring.meeting.internal.Meeting;
import org.kring.meeting.internal.MeetingAccess;
import org.kring.meeting.internal.MeetingState;
import org.kring.meeting.internal.Series;
import org.kring.system.KringPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitators' tools on a meeting's page: change or cancel the meeting, and the
 * series it belongs to. Shown to its facilitators only.
 */
@Component
public class FacilitatorTools implements MeetingPagePart {

	private final MeetingAccess access;

	private final AllSeries series;

	FacilitatorTools(MeetingAccess access, AllSeries series) {
		this.access = access;
		this.series = series;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Part> part(Meeting meeting, @Nullable KringPrincipal viewer, Locale language) {
		if (!this.access.mayFacilitate(viewer, meeting)) {
			return Optional.empty();
		}
		Series of = (meeting.seriesId() != null) ? this.series.findById(meeting.seriesId()).orElse(null) : null;
		boolean plansSeries = of != null && this.access.mayPlan(viewer, meeting.communityId());
		return Optional.of(new Part("facilitator-tools", "meetingplan.tools.heading", "meetingplan/tools.jte",
				new Tools("/meetings/" + meeting.id(), meeting.state() == MeetingState.SCHEDULED,
						(of != null) ? of.title() : null, plansSeries ? "/series/" + of.id() : null)));
	}

	/**
	 * What the tools show.
	 *
	 * @param meetingPath the meeting's page
	 * @param changeable whether it may still be changed and cancelled
	 * @param seriesTitle the title of its series, or null
	 * @param seriesPath the series' page, for those who plan it, or null
	 */
	public record Tools(String meetingPath, boolean changeable, @Nullable String seriesTitle,
			@Nullable String seriesPath) {
	}

}
