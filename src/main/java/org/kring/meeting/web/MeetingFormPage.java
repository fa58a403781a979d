package org.kring.meeting.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.internal.RegistrationQuestion;
import org.kring.system.web.FormErrors;

/**
 * The form of one meeting, new or changed.
 *
 * @param community the community
 * @param form what was typed
 * @param errors the problems
 * @param action where the form posts to
 * @param titleKey the message key of the page's title
 * @param back where the page links back to
 * @param members the members facilitators are chosen among
 * @param seriesNote the message key telling that saving detaches the meeting from its
 * series, or null
 */
public record MeetingFormPage(CommunitySummary community, MeetingForm form, FormErrors errors, String action,
		String titleKey, String back, List<MemberChoice> members, @Nullable String seriesNote) {

	public List<Choice> formats() {
		return SeriesPage.formatChoices();
	}

	public List<Choice> questions() {
		return Arrays.stream(RegistrationQuestion.values())
			.map((question) -> new Choice(question.name(), "meetingplan.question." + question.name()))
			.toList();
	}

}
