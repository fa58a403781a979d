package org.kring.result.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.organisation.OrganisationSummary;
import org.kring.result.SignalAnswered;
import org.kring.system.KringPrincipal;
import org.kring.system.security.LinkSecrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a community's signals and recommendations: facilitators write a draft,
 * revise it, send it to a contact at the authority and record what came of the answer;
 * the contact acknowledges and answers through the personal link they were mailed,
 * without an account. Input with problems is refused with {@link SignalInvalid}, a step
 * out of turn with {@link SignalRefused}, someone who may not act with
 * {@link SignalAccessDenied}; in each case nothing changes.
 */
@Service
public class SignalBook {

	/** The languages a contact's mails can be written in. */
	public static final List<String> CONTACT_LANGUAGES = List.of("nl", "en", "fr", "ar");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final Signals signals;

	private final SignalLinks links;

	private final SignalMails mails;

	private final ResultAccess access;

	private final CommunityManagement communities;

	private final Governments governments;

	private final SignalSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SignalBook(Signals signals, SignalLinks links, SignalMails mails, ResultAccess access,
			CommunityManagement communities, Governments governments, SignalSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.signals = signals;
		this.links = links;
		this.mails = mails;
		this.access = access;
		this.communities = communities;
		this.governments = governments;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A signal, when someone may see it.
	 * @param me the signed-in person, or null for a visitor
	 * @param signalId the signal
	 * @return the signal, or empty when it does not exist or they may not see it
	 */
	@Transactional(readOnly = true)
	public Optional<Signal> find(@Nullable KringPrincipal me, UUID signalId) {
		return this.signals.findById(signalId).filter((signal) -> this.access.canSee(me, signal));
	}

	/**
	 * The organisations a signal may address: those of a government kind.
	 * @return them, by name
	 */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> authorities() {
		return this.governments.all();
	}

	/**
	 * The kinds a community writes: an advisory body recommendations (its usual kind) and
	 * joint signals, any other community joint signals.
	 * @param community the community
	 * @return the kinds, the usual one first
	 */
	public static List<SignalKind> kindsFor(CommunitySummary community) {
		return (community.kind() == CommunityKind.ADVISORY_BODY) ? List.of(SignalKind.RECOMMENDATION, SignalKind.SIGNAL)
				: List.of(SignalKind.SIGNAL);
	}

	/**
	 * A facilitator writes a draft for their community.
	 * @param me who writes it
	 * @param communityId the community that signs it
	 * @param draft what they typed
	 * @return the draft
	 * @throws SignalAccessDenied when they may not write the community's signals
	 * @throws SignalInvalid when the draft has problems, such as no authority
	 */
	@Transactional
	public Signal write(KringPrincipal me, UUID communityId, SignalDraft draft) {
		CommunitySummary community = facilitated(me, communityId);
		Checked checked = check(community, draft);
		return this.signals.save(Signal.draft(communityId, checked.kind(), checked.text(), checked.authority(),
				Origin.DIRECT, me.id(), this.clock.instant()));
	}

	/**
	 * A facilitator changes a draft, such as one a meeting left without what it asks.
	 * @param me who changes it
	 * @param signalId the draft
	 * @param draft what they typed, with the version they started from
	 * @return the draft
	 * @throws SignalAccessDenied when they may not see or may not change it
	 * @throws SignalInvalid when the draft has problems, or someone else changed it since
	 * @throws SignalRefused {@code signal.not-draft} once it was sent
	 */
	@Transactional
	public Signal revise(KringPrincipal me, UUID signalId, SignalDraft draft) {
		Signal signal = facilitated(me, signalId, true);
		CommunitySummary community = this.communities.find(signal.communityId())
			.orElseThrow(() -> new SignalAccessDenied(true));
		Checked checked = check(community, draft);
		if (draft.version() != null && draft.version() != signal.version()) {
			throw new SignalInvalid(Map.of("_form", "signal.edit.changed"));
		}
		signal.revise(checked.text(), checked.authority());
		return signal;
	}

	/**
	 * A facilitator sends a draft: its contact gets a mail in their language with the
	 * signal and their personal link, and a reminder is due after
	 * {@link SignalSettings#remindAfter()}.
	 * @param me who sends it
	 * @param signalId the draft
	 * @param contact whom at the authority it goes to
	 * @return the signal, sent
	 * @throws SignalAccessDenied when they may not see or may not send it
	 * @throws SignalInvalid when the contact has problems
	 * @throws SignalRefused when it was sent already or lacks its text or ask
	 */
	@Transactional
	public Signal send(KringPrincipal me, UUID signalId, ContactForm contact) {
		Signal signal = facilitated(me, signalId, true);
		Map<String, String> problems = new LinkedHashMap<>();
		String name = required(problems, "name", contact.name(), 120, "signal.contact.name");
		String email = required(problems, "email", contact.email(), 254, "signal.contact.email");
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.put("email", "signal.contact.email.invalid");
		}
		String language = (contact.language() != null) ? contact.language().strip() : "";
		if (!CONTACT_LANGUAGES.contains(language)) {
			problems.put("language", "signal.contact.language.required");
		}
		if (!problems.isEmpty()) {
			throw new SignalInvalid(problems);
		}
		Instant now = this.clock.instant();
		String secret = LinkSecrets.newSecret();
		signal.send(new Contact(name, email, language), LinkSecrets.hash(secret), me.id(), now,
				now.plus(this.settings.remindAfter()));
		this.mails.sent(signal, secret);
		return signal;
	}

	/**
	 * A facilitator records what came of the answer.
	 * @param me who records it
	 * @param signalId the answered signal
	 * @param outcome {@code IMPLEMENTED}, {@code PARTLY_IMPLEMENTED} or
	 * {@code NOT_IMPLEMENTED}
	 * @param note what they found, or blank
	 * @return the signal, followed up
	 * @throws SignalAccessDenied when they may not see or may not follow it up
	 * @throws SignalInvalid when the outcome is missing or the note too long
	 * @throws SignalRefused {@code signal.not-answered} before the answer or once
	 * followed up
	 */
	@Transactional
	public Signal followUp(KringPrincipal me, UUID signalId, @Nullable String outcome, @Nullable String note) {
		Signal signal = facilitated(me, signalId, false);
		Map<String, String> problems = new LinkedHashMap<>();
		FollowUpOutcome chosen = null;
		try {
			chosen = (outcome != null) ? FollowUpOutcome.valueOf(outcome.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			// an outcome that is none of them is as good as none
		}
		if (chosen == null) {
			problems.put("outcome", "signal.outcome.required");
		}
		String cleanNote = optional(problems, "note", note, 4000);
		if (!problems.isEmpty()) {
			throw new SignalInvalid(problems);
		}
		signal.followUp(chosen, cleanNote, this.clock.instant());
		return signal;
	}

	/**
	 * The signal a personal link opens.
	 * @param secret the secret in the link
	 * @return the signal, or empty for an unknown or replaced link
	 */
	@Transactional(readOnly = true)
	public Optional<Signal> byLink(String secret) {
		return this.links.find(secret);
	}

	/**
	 * Whether a link was replaced by the newer one in the reminder.
	 * @param secret the secret in the link
	 * @return true when it was
	 */
	@Transactional(readOnly = true)
	public boolean replacedLink(String secret) {
		return this.links.replaced(secret);
	}

	/**
	 * The authority says it received the signal; saying it twice changes nothing.
	 * @param secret the secret in its link
	 * @return the signal, or empty for an unknown or replaced link
	 * @throws SignalRefused {@code signal.not-sent} once answered
	 */
	@Transactional
	public Optional<Signal> acknowledge(String secret) {
		Optional<Signal> found = this.links.lock(secret);
		found.filter((signal) -> signal.state() != SignalState.ACKNOWLEDGED)
			.ifPresent((signal) -> signal.acknowledge(this.clock.instant()));
		return found;
	}

	/**
	 * The authority answers through its link; the answer is published with the signal and
	 * {@link SignalAnswered} tells the rest of the system. The row is locked, so of two
	 * answers at once the second finds the signal answered.
	 * @param secret the secret in its link
	 * @param text the answer
	 * @param by the name it is signed with
	 * @return the signal, or empty for an unknown or replaced link
	 * @throws SignalInvalid when the answer or the name is missing or too long
	 * @throws SignalRefused {@code signal.already-answered} once answered
	 */
	@Transactional
	public Optional<Signal> answer(String secret, @Nullable String text, @Nullable String by) {
		Optional<Signal> found = this.links.lock(secret);
		if (found.isEmpty()) {
			return found;
		}
		Signal signal = found.get();
		if (signal.answeredAt() != null) {
			throw new SignalRefused("answer", "signal.already-answered");
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String answer = required(problems, "answer", text, 8000, "signal.answer");
		String name = required(problems, "answeredBy", by, 120, "signal.answeredBy");
		if (!problems.isEmpty()) {
			throw new SignalInvalid(problems);
		}
		Instant now = this.clock.instant();
		signal.answer(answer, name, now);
		this.events.publishEvent(new SignalAnswered(signal.id(), signal.communityId(), signal.title(), now));
		return found;
	}

	private CommunitySummary facilitated(KringPrincipal me, UUID communityId) {
		CommunitySummary community = this.communities.find(communityId)
			.filter((found) -> this.access.canRead(me, found.id()))
			.orElseThrow(() -> new SignalAccessDenied(true));
		if (!this.access.mayFacilitate(me, communityId)) {
			throw new SignalAccessDenied(false);
		}
		return community;
	}

	private Signal facilitated(KringPrincipal me, UUID signalId, boolean draftOnly) {
		Signal signal = this.signals.findById(signalId)
			.filter((found) -> this.access.canSee(me, found))
			.orElseThrow(() -> new SignalAccessDenied(true));
		if (!this.access.mayFacilitate(me, signal.communityId())) {
			throw new SignalAccessDenied(false);
		}
		if (draftOnly && signal.state() != SignalState.DRAFT) {
			throw new SignalRefused("state", "signal.not-draft");
		}
		return signal;
	}

	private Checked check(CommunitySummary community, SignalDraft draft) {
		Map<String, String> problems = new LinkedHashMap<>();
		SignalKind kind = kindsFor(community).get(0);
		if (draft.kind() != null && !draft.kind().isBlank()) {
			kind = kindsFor(community).stream()
				.filter((allowed) -> allowed.name().equals(draft.kind().strip()))
				.findFirst()
				.orElse(null);
			if (kind == null) {
				problems.put("kind", "signal.kind.invalid");
			}
		}
		String title = required(problems, "title", draft.title(), 200, "signal.title");
		String body = optional(problems, "body", draft.body(), 8000);
		String evidence = optional(problems, "evidence", draft.evidence(), 8000);
		String ask = optional(problems, "ask", draft.ask(), 4000);
		String office = optional(problems, "office", draft.office(), 200);
		UUID organisation = governmental(problems, draft.organisation());
		if (organisation == null && office == null && !problems.containsKey("authority")
				&& !problems.containsKey("office")) {
			problems.put("authority", "signal.authority.required");
		}
		if (!problems.isEmpty()) {
			throw new SignalInvalid(problems);
		}
		return new Checked(kind, new SignalText(title, body, evidence, ask), new Authority(organisation, office));
	}

	private @Nullable UUID governmental(Map<String, String> problems, @Nullable String organisation) {
		if (organisation == null || organisation.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(organisation.strip());
			if (this.governments.isGovernment(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException ex) {
			// not an id: as unknown as an organisation that is not a government's
		}
		problems.put("authority", "signal.authority.not-governmental");
		return null;
	}

	private static @Nullable String required(Map<String, String> problems, String field, @Nullable String value,
			int max, String key) {
		String clean = optional(problems, field, value, max);
		if (clean == null && !problems.containsKey(field)) {
			problems.put(field, key + ".required");
		}
		return clean;
	}

	private static @Nullable String optional(Map<String, String> problems, String field, @Nullable String value,
			int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > max) {
			problems.put(field, "signal.too-long");
			return null;
		}
		return clean;
	}

	private record Checked(SignalKind kind, SignalText text, Authority authority) {
	}

}
