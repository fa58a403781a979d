package org.kring.meeting.internal;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kring.meeting.MeetingFixtures;
import org.kring.meeting.MeetingTestSupport;
import org.kring.system.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class PlanningPersonalDataTests extends MeetingTestSupport {

	@Autowired
	PlanningPersonalData personalData;

	@Test
	void exportsWhatSomeonePlannedAndFacilitatesAndErasingTakesThemOffTheirMeetings() {
		TestPrincipal facilitator = member("Farida");
		TestPrincipal helper = member("Hamid");
		MeetingDetails details = MeetingFixtures.details("Rent allowances in practice", 14, 20, false);
		Meeting meeting = this.fixtures.meeting(community("MEMBERS_ONLY", facilitator, helper), facilitator,
				new MeetingDetails(details.title(), details.theme(), details.description(), details.start(),
						details.end(), details.format(), details.address(), details.room(), details.accessNotes(), null,
						details.capacity(), null, null, Set.of(), false, details.reminderMinutes(), details.speakers(),
						Set.of(helper.id())));

		assertThat(this.personalData.export(facilitator.id()).get("meetingsPlanned")).asString()
			.contains("Rent allowances in practice");
		assertThat(this.personalData.export(helper.id()).get("meetingsFacilitated")).asString()
			.contains("Rent allowances in practice");

		this.personalData.erase(helper.id());

		assertThat(this.personalData.export(helper.id())).isEqualTo(Map.of());
		assertThat(this.jdbc.queryForObject("select count(*) from meeting_facilitator where meeting_id = ?",
				Integer.class, meeting.id()))
			.isZero();
	}

}
