package org.kring.expertise.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.PersonSummary;
import org.kring.account.ProvenAddressSignUp;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunitySummary;
import org.kring.community.ExpertAdmitted;
import org.kring.system.KringPrincipal;
import org.kring.system.security.LinkSecrets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a candidate does with the link of an invitation mail, signed in or not: read what
 * they are invited to, accept (creating an account for an address without one) or
 * decline. Accepting tells the community module, which makes them an expert member.
 */
@Service
public class CandidateAnswers {

	private final Nominations nominations;

	private final CommunityManagement communities;

	private final Candidates candidates;

	private final Recruitment recruitment;

	private final ProvenAddressSignUp signUp;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CandidateAnswers(Nominations nominations, CommunityManagement communities, Candidates candidates,
			Recruitment recruitment, ProvenAddressSignUp signUp, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.nominations = nominations;
		this.communities = communities;
		this.candidates = candidates;
		this.recruitment = recruitment;
		this.signUp = signUp;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * What an invitation link leads to, whatever its state.
	 * @param secret the secret from the link
	 * @param locale the reader's language, for the fields
	 * @return the invitation, or empty when no invitation has this link
	 */
	public Optional<Invitation> find(String secret, Locale locale) {
		return Objects.requireNonNull(this.transactions.execute(
				(status) -> nomination(secret).flatMap((nomination) -> this.communities.find(nomination.communityId())
					.map((community) -> new Invitation(nomination.state(), community,
							this.recruitment.fieldNames(nomination, locale),
							this.candidates.nameOf(nomination.actorOf(NominationState.INVITED)),
							this.candidates.addressee(nomination).email(),
							this.candidates.account(nomination).isPresent())))));
	}

	/**
	 * Accepts as the signed-in person.
	 * @throws RecruitmentRefused ({@code recruitment.answer.otherAccount}) when the
	 * candidate has an account and it is not this one, or when the invitation is no
	 * longer open ({@code recruitment.answer.closed})
	 * @throws RecruitmentNotFound for an unknown link
	 */
	public CommunitySummary accept(String secret, KringPrincipal me) {
		Nomination found = open(secret);
		Optional<PersonSummary> owner = this.candidates.account(found);
		if (owner.isPresent() && !owner.get().id().equals(me.id())) {
			throw new RecruitmentRefused("recruitment.answer.otherAccount");
		}
		return accept(secret, me.id());
	}

	/**
	 * Accepts without signing in, for the account that owns the invited address or the
	 * invited person: holding the link the mail carried proves the address.
	 * @return the community
	 * @throws RecruitmentRefused ({@code recruitment.answer.signUpFirst}) when the
	 * candidate has no account yet, or when the invitation is no longer open
	 */
	public CommunitySummary acceptAsCandidate(String secret) {
		Nomination found = open(secret);
		PersonSummary owner = this.candidates.account(found)
			.orElseThrow(() -> new RecruitmentRefused("recruitment.answer.signUpFirst"));
		return accept(secret, owner.id());
	}

	/**
	 * Creates an account for the invited address, logs the person in and accepts for
	 * them.
	 * @return the community, or the problems of the form by field (then nothing happened)
	 * @throws RecruitmentRefused when the address has an account already
	 * ({@code recruitment.answer.hasAccount}) or the invitation is no longer open
	 */
	public SignedUp signUpAndAccept(String secret, @Nullable String displayName, @Nullable String password,
			Locale language, HttpServletRequest request, HttpServletResponse response) {
		Nomination found = open(secret);
		if (this.candidates.account(found).isPresent() || found.email() == null) {
			throw new RecruitmentRefused("recruitment.answer.addressHasAccount");
		}
		String email = found.email();
		Map<String, String> problems = this.signUp.problems(displayName, email, password);
		if (!problems.isEmpty() || displayName == null || password == null) {
			return new SignedUp(null, problems);
		}
		UUID person;
		try {
			person = this.signUp.signUpAndLogIn(displayName, email, password, language, request, response);
		}
		catch (IllegalStateException ex) {
			throw new RecruitmentRefused("recruitment.answer.addressHasAccount");
		}
		return new SignedUp(accept(secret, person), Map.of());
	}

	/**
	 * Declines; anyone holding the link may, with or without an account.
	 * @param me the signed-in person, or null
	 * @throws RecruitmentRefused when the invitation is no longer open
	 */
	public void decline(String secret, @Nullable KringPrincipal me) {
		settle(secret, (nomination) -> {
			UUID actor = (me != null
					&& this.candidates.account(nomination).map((owner) -> owner.id().equals(me.id())).orElse(false))
							? me.id() : null;
			nomination.decline(actor, this.clock.instant());
			return null;
		});
	}

	private CommunitySummary accept(String secret, UUID person) {
		return Objects.requireNonNull(settle(secret, (nomination) -> {
			nomination.accept(person, this.clock.instant());
			UUID inviter = nomination.actorOf(NominationState.INVITED);
			this.events.publishEvent(new ExpertAdmitted(nomination.communityId(), person,
					(inviter != null) ? inviter : nomination.nominatedBy()));
			return this.communities.find(nomination.communityId()).orElseThrow(RecruitmentNotFound::new);
		}));
	}

	private <T> @Nullable T settle(String secret, java.util.function.Function<Nomination, @Nullable T> step) {
		try {
			return this.transactions.execute((status) -> {
				Nomination nomination = nomination(secret).orElseThrow(RecruitmentNotFound::new);
				if (nomination.state() != NominationState.INVITED) {
					throw new RecruitmentRefused("recruitment.answer.closed");
				}
				T result = step.apply(nomination);
				this.nominations.flush();
				return result;
			});
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new RecruitmentRefused("recruitment.answer.closed");
		}
	}

	private Nomination open(String secret) {
		Nomination found = nomination(secret).orElseThrow(RecruitmentNotFound::new);
		if (found.state() != NominationState.INVITED) {
			throw new RecruitmentRefused("recruitment.answer.closed");
		}
		return found;
	}

	private Optional<Nomination> nomination(String secret) {
		if (!LinkSecrets.wellFormed(secret)) {
			return Optional.empty();
		}
		String hash = LinkSecrets.hash(secret);
		return this.nominations.findFirstByTokenHashOrEarlierTokenHash(hash, hash);
	}

	/**
	 * An invitation as its link shows it.
	 *
	 * @param state where the nomination stands: invited while the candidate may answer
	 * @param community the community
	 * @param fields the fields' names in the reader's language
	 * @param inviterName who invited
	 * @param email the invited address
	 * @param hasAccount whether the candidate has an account already
	 */
	public record Invitation(NominationState state, CommunitySummary community, List<String> fields, String inviterName,
			String email, boolean hasAccount) {
	}

	/**
	 * The outcome of signing up through an invitation.
	 *
	 * @param community the community, or null when the form had problems
	 * @param problems message keys by field name; empty when the candidate accepted
	 */
	public record SignedUp(@Nullable CommunitySummary community, Map<String, String> problems) {
	}

}
