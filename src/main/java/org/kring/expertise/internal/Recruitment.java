package org.kring.expertise.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.community.CommunitySummary;
import org.kring.expertise.ExpertiseFields;
import org.kring.expertise.FieldLabel;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
import org.kring.system.KringPrincipal;
import org.kring.system.security.LinkSecrets;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What nominators do in a community's recruitment: nominate a candidate, invite them,
 * withdraw a nomination, mark an accepted candidate active and an active one alumni. Only
 * {@link Nominators nominators} of the community may; anyone else finds nothing there.
 */
@Service
public class Recruitment {

	private final Nominations nominations;

	private final Nominators nominators;

	private final CommunityManagement communities;

	private final OrganisationManagement organisations;

	private final ExpertiseFields fields;

	private final Candidates candidates;

	private final RecruitmentMails mails;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Recruitment(Nominations nominations, Nominators nominators, CommunityManagement communities,
			OrganisationManagement organisations, ExpertiseFields fields, Candidates candidates, RecruitmentMails mails,
			TransactionTemplate transactions, Clock clock) {
		this.nominations = nominations;
		this.nominators = nominators;
		this.communities = communities;
		this.organisations = organisations;
		this.fields = fields;
		this.candidates = candidates;
		this.mails = mails;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The community whose recruitment someone may follow.
	 * @param slug the community's slug
	 * @param me the person asking
	 * @return the community
	 * @throws RecruitmentNotFound when there is none or they may not nominate for it
	 */
	public CommunitySummary community(String slug, @Nullable KringPrincipal me) {
		return this.communities.findBySlug(slug)
			.filter((community) -> this.nominators.mayNominate(me, community.id()))
			.orElseThrow(RecruitmentNotFound::new);
	}

	/**
	 * Nominates a candidate. An address that belongs to an account nominates that person;
	 * the nominator may know, the candidate learns of it only when invited.
	 * @param request the nomination
	 * @param me the nominator
	 * @return the new nomination's id
	 * @throws RecruitmentNotFound when they may not nominate for the community
	 * @throws RecruitmentRefused for a bad field, organisation or candidate, or a
	 * candidate with an open nomination or active already
	 */
	public UUID nominate(NominationRequest request, @Nullable KringPrincipal me) {
		if (me == null || !this.nominators.mayNominate(me, request.communityId())) {
			throw new RecruitmentNotFound();
		}
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		Set<String> codes = checked(problems, () -> fieldsOf(request));
		String note = checked(problems, () -> note(request.note()));
		Candidate candidate = checked(problems, () -> candidate(request));
		UUID organisation = checked(problems, () -> organisationOf(request, candidate));
		if (!problems.isEmpty() || codes == null || candidate == null) {
			throw new RecruitmentRefused(problems);
		}
		refuseDuplicate(request.communityId(), candidate);
		try {
			return this.transactions.execute((status) -> {
				Nomination nomination = (candidate.personId() != null)
						? Nomination.ofPerson(request.communityId(), candidate.personId(), codes, organisation, note,
								me.id(), this.clock.instant())
						: Nomination.ofAddress(request.communityId(), candidate.email(), codes, organisation, note,
								me.id(), this.clock.instant());
				return this.nominations.saveAndFlush(nomination).id();
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new RecruitmentRefused("recruitment.nominate.alreadyOpen");
		}
	}

	/**
	 * Invites a nominated candidate: a mail with a link to accept or decline, in the
	 * candidate's language when they have an account and chose one, else the instance's.
	 * @throws RecruitmentRefused when the nomination is not nominated
	 */
	public void invite(UUID communityId, UUID nominationId, @Nullable KringPrincipal me) {
		KringPrincipal inviter = nominator(communityId, me);
		step(communityId, nominationId, (nomination) -> {
			String secret = LinkSecrets.newSecret();
			nomination.invite(LinkSecrets.hash(secret), inviter.id(), this.clock.instant());
			RecruitmentMails.Addressee to = this.candidates.addressee(nomination);
			this.mails.invitation(to, communityName(communityId), inviter.displayName(),
					fieldNames(nomination, to.language()), secret);
		});
	}

	/** Withdraws a nomination or an invitation that got no answer yet. */
	public void withdraw(UUID communityId, UUID nominationId, @Nullable KringPrincipal me) {
		UUID actor = nominator(communityId, me).id();
		step(communityId, nominationId, (nomination) -> nomination.withdraw(actor, this.clock.instant()));
	}

	/** Marks an accepted candidate active, when the community did not do so itself. */
	public void activate(UUID communityId, UUID nominationId, @Nullable KringPrincipal me) {
		UUID actor = nominator(communityId, me).id();
		step(communityId, nominationId, (nomination) -> nomination.activate(actor, this.clock.instant()));
	}

	/** Marks an active expert alumni. */
	public void retire(UUID communityId, UUID nominationId, @Nullable KringPrincipal me) {
		UUID actor = nominator(communityId, me).id();
		step(communityId, nominationId, (nomination) -> nomination.retire(actor, this.clock.instant()));
	}

	/**
	 * The expertise fields in use and the community's partners, for the nomination form.
	 */
	public Choices choices(UUID communityId, Locale locale) {
		return new Choices(this.fields.all(locale),
				this.organisations.summaries(this.communities.partnersOf(communityId)));
	}

	private static <T> @Nullable T checked(Map<String, String> problems,
			java.util.function.Supplier<@Nullable T> check) {
		try {
			return check.get();
		}
		catch (RecruitmentRefused refused) {
			problems.putAll(refused.problems());
			return null;
		}
	}

	private KringPrincipal nominator(UUID communityId, @Nullable KringPrincipal me) {
		if (me == null || !this.nominators.mayNominate(me, communityId)) {
			throw new RecruitmentNotFound();
		}
		return me;
	}

	private void step(UUID communityId, UUID nominationId, java.util.function.Consumer<Nomination> change) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				Nomination nomination = this.nominations.findById(nominationId)
					.filter((found) -> found.communityId().equals(communityId))
					.orElseThrow(RecruitmentNotFound::new);
				change.accept(nomination);
				this.nominations.flush();
			});
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new RecruitmentRefused("recruitment.refused.concurrent");
		}
	}

	private String communityName(UUID communityId) {
		return this.communities.find(communityId).map(CommunitySummary::name).orElseThrow(RecruitmentNotFound::new);
	}

	List<String> fieldNames(Nomination nomination, Locale locale) {
		List<String> names = new ArrayList<>();
		for (String code : nomination.fields()) {
			names.add(this.fields.find(code, locale).map(FieldLabel::name).orElse(code));
		}
		return names;
	}

	private Set<String> fieldsOf(NominationRequest request) {
		if (request.fields().isEmpty()) {
			throw new RecruitmentRefused("recruitment.nominate.field.required", "field");
		}
		if (!request.fields().stream().allMatch(this.fields::exists)) {
			throw new RecruitmentRefused("recruitment.nominate.field.invalid", "field");
		}
		return Set.copyOf(request.fields());
	}

	private static @Nullable String note(@Nullable String note) {
		String stripped = (note != null) ? note.strip() : "";
		if (stripped.length() > NominationRequest.NOTE_MAX_LENGTH) {
			throw new RecruitmentRefused("recruitment.nominate.note.long", "note");
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private Candidate candidate(NominationRequest request) {
		if (request.personId() != null) {
			PersonSummary person = this.candidates.person(request.personId())
				.orElseThrow(() -> new RecruitmentRefused("recruitment.nominate.person.unknown", "email"));
			return new Candidate(person.id(), person.email());
		}
		String email = (request.email() != null) ? request.email().strip() : "";
		if (email.isEmpty()) {
			throw new RecruitmentRefused("recruitment.nominate.email.required", "email");
		}
		if (!EmailAddresses.isPlausible(email)) {
			throw new RecruitmentRefused("recruitment.nominate.email.invalid", "email");
		}
		String normalized = EmailAddresses.normalize(email);
		return this.candidates.byAddress(normalized)
			.map((person) -> new Candidate(person.id(), normalized))
			.orElse(new Candidate(null, normalized));
	}

	private @Nullable UUID organisationOf(NominationRequest request, @Nullable Candidate candidate) {
		Set<UUID> partners = this.communities.partnersOf(request.communityId());
		if (request.organisationId() != null) {
			if (!partners.contains(request.organisationId())) {
				throw new RecruitmentRefused("recruitment.nominate.organisation.invalid", "organisation");
			}
			return request.organisationId();
		}
		if (candidate == null || candidate.personId() == null) {
			return null;
		}
		Map<UUID, OrganisationSummary> affiliations = this.organisations.affiliationsOf(List.of(candidate.personId()));
		return Optional.ofNullable(affiliations.get(candidate.personId()))
			.map(OrganisationSummary::id)
			.filter(partners::contains)
			.orElse(null);
	}

	private void refuseDuplicate(UUID communityId, Candidate candidate) {
		List<String> keys = new ArrayList<>();
		if (candidate.personId() != null) {
			keys.add(candidate.personId().toString());
		}
		if (candidate.email() != null) {
			keys.add(candidate.email().toLowerCase(Locale.ROOT));
		}
		List<Nomination> open = this.nominations.findByCommunityIdAndOpenCandidateIn(communityId, keys);
		if (open.stream().anyMatch((nomination) -> nomination.state() == NominationState.ACTIVE)) {
			throw new RecruitmentRefused("recruitment.nominate.alreadyActive", "email");
		}
		if (!open.isEmpty()) {
			throw new RecruitmentRefused("recruitment.nominate.alreadyOpen", "email");
		}
		if (candidate.personId() != null && this.communities.roleOf(candidate.personId(), communityId)
			.filter((role) -> role == CommunityRole.EXPERT)
			.isPresent()) {
			throw new RecruitmentRefused("recruitment.nominate.alreadyExpert", "email");
		}
	}

	private record Candidate(@Nullable UUID personId, @Nullable String email) {
	}

	/**
	 * What a nomination form offers.
	 *
	 * @param fields the expertise fields in use
	 * @param partners the community's partner organisations
	 */
	public record Choices(List<FieldLabel> fields, List<OrganisationSummary> partners) {
	}

}
