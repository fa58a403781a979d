package org.kring.practice.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.FieldExpert;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.practice.PracticePublished;
import org.kring.practice.PracticeReturned;
import org.kring.practice.PracticeReviewHandedIn;
import org.kring.practice.PracticeReviewerAssigned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation of a good practice, step by step: a coordinator assigns reviewers (never
 * its submitter, nor anyone of its organisation, nor the same person twice) and starts
 * the review once two are assigned; each reviewer hands in one score per criterion asked,
 * once; the coordinator returns the practice with comments or publishes it with a summary
 * once two reviews are in. Every step publishes an event for the notifications.
 */
@Service
public class PracticeReviews {

	/** The fewest reviewers before the review starts, and reviews before publishing. */
	public static final int MIN_REVIEWERS = 2;

	/** The longest comments or summary. */
	public static final int MAX_TEXT = 4000;

	private final Practices practices;

	private final ReviewStore store;

	private final Criteria criteria;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	private final ExpertProfiles experts;

	private final ReviewMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PracticeReviews(Practices practices, ReviewStore store, Criteria criteria, AccountManagement accounts,
			OrganisationManagement organisations, ExpertProfiles experts, ReviewMails mails,
			ApplicationEventPublisher events, Clock clock) {
		this.practices = practices;
		this.store = store;
		this.criteria = criteria;
		this.accounts = accounts;
		this.organisations = organisations;
		this.experts = experts;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Assigns a reviewer found by their e-mail address.
	 * @throws ReviewRefused on the field {@code reviewer} when nobody has that address
	 */
	@Transactional
	public void assignByEmail(UUID practiceId, @Nullable String email, UUID by) {
		PersonSummary person = (email == null || email.isBlank()) ? null
				: this.accounts.findByEmail(email.strip()).filter((p) -> !p.erased()).orElse(null);
		if (person == null) {
			throw new ReviewRefused("reviewer", "practicereview.reviewer.unknown");
		}
		assign(practiceId, person.id(), by);
	}

	/**
	 * Assigns a reviewer to a submitted practice or one in review, and mails them.
	 * @throws ReviewRefused on the field {@code reviewer} when the person may not review
	 * it
	 */
	@Transactional
	public void assign(UUID practiceId, UUID reviewerId, UUID by) {
		Practice practice = this.practices.findById(practiceId).orElseThrow();
		if (practice.state() != PracticeState.SUBMITTED && practice.state() != PracticeState.IN_REVIEW) {
			throw new ReviewRefused("reviewer", "practicereview.reviewer.state");
		}
		String refusal = refusal(practice, reviewerId);
		if (refusal != null) {
			throw new ReviewRefused("reviewer", refusal);
		}
		try {
			this.store.assign(practiceId, reviewerId, by, this.clock.instant());
		}
		catch (DuplicateKeyException twice) {
			throw new ReviewRefused("reviewer", "practicereview.reviewer.twice");
		}
		this.mails.assigned(practice, reviewerId);
		this.events.publishEvent(new PracticeReviewerAssigned(practiceId, reviewerId));
	}

	/**
	 * Why someone may not review a practice, or null when they may: the message key.
	 * @param practice the practice
	 * @param personId the person
	 * @return the message key, or null
	 */
	@Transactional(readOnly = true)
	public @Nullable String refusal(Practice practice, UUID personId) {
		if (this.accounts.find(personId).filter((p) -> !p.erased()).isEmpty()) {
			return "practicereview.reviewer.unknown";
		}
		UUID profileOrganisation = this.experts.find(personId).map(ExpertProfile::organisationId).orElse(null);
		return refusals(practice, Map.of(personId, Optional.ofNullable(profileOrganisation))).get(personId);
	}

	/**
	 * The experts of a practice's fields, each with why they may not review it, in one go
	 * whatever their number.
	 * @param practiceId the practice
	 * @param limit the most experts to suggest
	 * @return the suggestions, most years in the fields first
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(UUID practiceId, int limit) {
		Practice practice = this.practices.findById(practiceId).orElseThrow();
		List<FieldExpert> experts = this.experts.expertsIn(practice.fields(), limit);
		Map<UUID, Optional<UUID>> organisations = new LinkedHashMap<>();
		experts.forEach((expert) -> organisations.put(expert.personId(), Optional.ofNullable(expert.organisationId())));
		Map<UUID, String> refusals = refusals(practice, organisations);
		return experts.stream()
			.map((expert) -> new Suggestion(expert.personId(), expert.years(), refusals.get(expert.personId())))
			.toList();
	}

	/**
	 * An expert suggested as a reviewer.
	 *
	 * @param personId the expert
	 * @param years their years in the practice's fields
	 * @param refusal the message key of why they may not review it, or null when they may
	 */
	public record Suggestion(UUID personId, int years, @Nullable String refusal) {
	}

	/**
	 * Why each person may not review, from their profile's organisation and affiliation.
	 */
	private Map<UUID, String> refusals(Practice practice, Map<UUID, Optional<UUID>> profileOrganisations) {
		Map<UUID, String> refusals = new HashMap<>();
		if (profileOrganisations.isEmpty()) {
			return refusals;
		}
		Map<UUID, OrganisationSummary> affiliations = this.organisations.affiliationsOf(profileOrganisations.keySet());
		Set<UUID> assigned = this.store.reviewersOf(practice.id());
		UUID own = practice.organisationId();
		profileOrganisations.forEach((person, profileOrganisation) -> {
			OrganisationSummary affiliation = affiliations.get(person);
			if (practice.submittedBy().equals(person)) {
				refusals.put(person, "practicereview.reviewer.submitter");
			}
			else if (own != null && (own.equals(profileOrganisation.orElse(null))
					|| (affiliation != null && own.equals(affiliation.id())))) {
				refusals.put(person, "practicereview.reviewer.organisation");
			}
			else if (assigned.contains(person)) {
				refusals.put(person, "practicereview.reviewer.twice");
			}
		});
		return refusals;
	}

	/** Removes a reviewer who has not handed in yet. */
	@Transactional
	public void unassign(UUID practiceId, UUID reviewerId) {
		if (!this.store.unassign(practiceId, reviewerId)) {
			throw new ReviewRefused("reviewer", "practicereview.reviewer.handedIn");
		}
	}

	/**
	 * Starts the review.
	 * @throws ReviewRefused when fewer than two reviewers are assigned
	 */
	@Transactional
	public void startReview(UUID practiceId, UUID by) {
		Practice practice = this.practices.findById(practiceId).orElseThrow();
		if (this.store.assigned(practiceId) < MIN_REVIEWERS) {
			throw new ReviewRefused("_form", "practicereview.start.fewer");
		}
		if (practice.state() != PracticeState.SUBMITTED) {
			throw new ReviewRefused("_form", "practicereview.start.state");
		}
		practice.startReview(by, this.clock.instant());
	}

	/**
	 * Hands in a reviewer's scores, once.
	 * @throws ReviewRefused when a criterion misses a valid score or a justification
	 * @throws ReviewAlreadyHandedIn when they handed in before, also at the same moment
	 */
	@Transactional
	public void handIn(UUID practiceId, UUID reviewerId, Map<UUID, ScoreSheet.Typed> typed, @Nullable String remarks) {
		Practice practice = this.practices.findById(practiceId).orElseThrow();
		if (practice.state() != PracticeState.IN_REVIEW) {
			throw new ReviewAlreadyHandedIn();
		}
		List<UUID> asked = this.criteria.findByRetiredFalseOrderByPositionAsc().stream().map(Criterion::id).toList();
		List<ScoreSheet.Score> scores = ScoreSheet.check(asked, typed, remarks);
		String kept = (remarks == null || remarks.isBlank()) ? null : remarks.strip();
		if (!this.store.handIn(practiceId, reviewerId, kept, this.clock.instant())) {
			throw new ReviewAlreadyHandedIn();
		}
		this.store.score(practiceId, reviewerId, scores);
		this.events.publishEvent(new PracticeReviewHandedIn(practiceId, reviewerId));
	}

	/**
	 * Returns a practice to its submitter.
	 * @throws ReviewRefused on {@code comments} when they are missing or too long
	 */
	@Transactional
	public void returnWith(UUID practiceId, @Nullable String comments, UUID by) {
		String text = required("comments", comments);
		Practice practice = this.practices.findById(practiceId).orElseThrow();
		if (practice.state() != PracticeState.SUBMITTED && practice.state() != PracticeState.IN_REVIEW) {
			throw new ReviewRefused("comments", "practicereview.decide.state");
		}
		practice.returnWith(text, by, this.clock.instant());
		this.events.publishEvent(new PracticeReturned(practiceId, practice.submittedBy(), UUID.randomUUID()));
	}

	/**
	 * Publishes a practice with the summary of its evaluation.
	 * @throws ReviewRefused on {@code summary} when it is missing or too long, or fewer
	 * than two reviews are in
	 */
	@Transactional
	public void publish(UUID practiceId, @Nullable String summary, UUID by) {
		String text = required("summary", summary);
		Practice practice = this.practices.findById(practiceId).orElseThrow();
		if (practice.state() != PracticeState.IN_REVIEW) {
			throw new ReviewRefused("summary", "practicereview.decide.state");
		}
		if (this.store.handedIn(practiceId) < MIN_REVIEWERS) {
			throw new ReviewRefused("summary", "practicereview.publish.fewer");
		}
		practice.publish(text, by, this.clock.instant());
		this.events.publishEvent(new PracticePublished(practiceId, practice.submittedBy()));
	}

	private static String required(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new ReviewRefused(field, "practicereview.decide." + field + ".required");
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new ReviewRefused(field, "practicereview.decide.long");
		}
		return text.strip();
	}

}
