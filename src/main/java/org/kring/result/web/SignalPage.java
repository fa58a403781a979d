package org.kring.result.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunitySummary;
import org.kring.meeting.MeetingTitles;
import org.kring.result.internal.ContactForm;
import org.kring.result.internal.FollowUpOutcome;
import org.kring.result.internal.Signal;
import org.kring.result.internal.SignalBook;
import org.kring.result.internal.SignalState;
import org.kring.system.web.FormErrors;
import org.kring.system.web.Markdown;

/**
 * A signal or recommendation with its trail, for whoever may see it; the facilitator's
 * forms to send it and to record what came of the answer.
 *
 * @param text the signal as the authority reads it
 * @param community the community that signs it
 * @param meeting the meeting it came from, or null
 * @param facilitator whether the reader may send and follow it up (and sees the contact)
 * @param contact the send form as typed
 * @param sendErrors the send form's problems
 * @param outcome the follow-up form's outcome as typed, or null
 * @param note the follow-up form's note as typed, or null
 * @param followUpErrors the follow-up form's problems
 * @param zone the time zone of the dates
 */
public record SignalPage(SignalTextView text, CommunitySummary community, MeetingTitles.@Nullable Titled meeting,
		boolean facilitator, ContactForm contact, FormErrors sendErrors, @Nullable String outcome,
		@Nullable String note, FormErrors followUpErrors, ZoneId zone) {

	public Signal signal() {
		return this.text.signal();
	}

	public String path() {
		return "/signals/" + signal().id();
	}

	public boolean draft() {
		return signal().state() == SignalState.DRAFT;
	}

	public boolean answered() {
		return signal().answeredAt() != null;
	}

	public boolean mayFollowUp() {
		return this.facilitator && signal().state() == SignalState.ANSWERED;
	}

	public List<String> languages() {
		return SignalBook.CONTACT_LANGUAGES;
	}

	/**
	 * The key of a contact language's name in the message bundles.
	 * @param language such as {@code nl}
	 * @return such as {@code signal.language.nl}
	 */
	public String languageKey(String language) {
		return "signal.language." + language;
	}

	public List<FollowUpOutcome> outcomes() {
		return List.of(FollowUpOutcome.values());
	}

	public boolean chosen(FollowUpOutcome candidate) {
		return candidate.name().equals(this.outcome);
	}

	public @Nullable String noteHtml() {
		return (signal().followUpNote() != null) ? Markdown.toHtml(signal().followUpNote()) : null;
	}

	public String answerHtml() {
		return (signal().answer() != null) ? Markdown.toHtml(signal().answer()) : "";
	}

	/**
	 * Where the signal came from and each state it reached, in order, dated.
	 * @param locale the reader's language
	 * @return the steps reached
	 */
	public List<Step> trail(Locale locale) {
		Signal signal = signal();
		List<Step> steps = new ArrayList<>();
		if (this.meeting != null) {
			steps.add(step("signal.trail.meeting", this.meeting.startsAt(), this.meeting.title(), this.meeting.path(),
					locale));
		}
		if (signal.origin().theme() != null) {
			steps.add(new Step("signal.trail.theme", "", signal.origin().theme(), null));
		}
		steps.add(step("signal.trail.written", signal.createdAt(), null, null, locale));
		addIfReached(steps, "signal.trail.sent", signal.sentAt(), locale);
		addIfReached(steps, "signal.trail.acknowledged", signal.acknowledgedAt(), locale);
		addIfReached(steps, "signal.trail.answered", signal.answeredAt(), locale);
		addIfReached(steps, "signal.trail.followedUp", signal.followedUpAt(), locale);
		return steps;
	}

	private void addIfReached(List<Step> steps, String key, @Nullable Instant at, Locale locale) {
		if (at != null) {
			steps.add(step(key, at, null, null, locale));
		}
	}

	private Step step(String key, Instant at, @Nullable String label, @Nullable String path, Locale locale) {
		return new Step(key, SignalDates.day(at, this.zone, locale), label, path);
	}

	/**
	 * One step of the trail.
	 *
	 * @param key the message key of what happened
	 * @param day when, written out, or empty
	 * @param label the meeting or theme, or null
	 * @param path the meeting's page, or null
	 */
	public record Step(String key, String day, @Nullable String label, @Nullable String path) {
	}

}
