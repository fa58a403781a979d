package org.kring.meeting.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityPageSection;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.PlannedMeetings;
import org.kring.system.KringPrincipal;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next meetings on a community's page, with a link to all its meetings. Shown to
 * whoever reads the community, also when nothing is planned, so that planners find their
 * way to the meetings page.
 */
@Component
public class UpcomingMeetingsSection implements CommunityPageSection {

	private static final int SHOWN = 3;

	private final PlannedMeetings planned;

	private final Clock clock;

	UpcomingMeetingsSection(PlannedMeetings planned, Clock clock) {
		this.planned = planned;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Section> section(CommunitySummary community, @Nullable KringPrincipal viewer, Locale language) {
		List<MeetingRow> next = MeetingRow.of(this.planned.findByCommunityIdAndStartsAtGreaterThanEqualOrderByStartsAt(
				community.id(), this.clock.instant(), Limit.of(SHOWN)), language);
		return Optional.of(new Section("meetings", "meetingplan.section.heading", "meetingplan/section.jte",
				new Upcoming(next, "/communities/" + community.slug() + "/meetings")));
	}

	/**
	 * What the section shows.
	 *
	 * @param meetings the next meetings
	 * @param allPath the community's meetings page
	 */
	public record Upcoming(List<MeetingRow> meetings, String allPath) {
	}

}
