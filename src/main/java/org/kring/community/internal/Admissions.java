package org.kring.community.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityRole;
import org.kring.community.JoinWay;
import org.kring.community.MemberJoined;
import org.kring.community.MembershipApplied;
import org.kring.community.MembershipDeclined;
import org.kring.system.KringPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How people come in on their own initiative: joining an open community with one click,
 * applying to one that admits members on approval, and a facilitator's decision on an
 * application. A second decision on the same application, also one made at the same
 * moment by another facilitator, is refused with the name of who decided first, and
 * changes nothing.
 */
@Service
public class Admissions {

	private final MembershipGuard guard;

	private final Memberships memberships;

	private final MembershipApplications applications;

	private final MembershipRecorder recorder;

	private final MembershipMails mails;

	private final AccountManagement accounts;

	private final TransactionTemplate transactions;

	Admissions(MembershipGuard guard, Memberships memberships, MembershipApplications applications,
			MembershipRecorder recorder, MembershipMails mails, AccountManagement accounts,
			TransactionTemplate transactions) {
		this.guard = guard;
		this.memberships = memberships;
		this.applications = applications;
		this.recorder = recorder;
		this.mails = mails;
		this.accounts = accounts;
		this.transactions = transactions;
	}

	/**
	 * Joins an open community.
	 * @param slug the community
	 * @param me the person joining
	 * @return the community joined
	 * @throws MembershipRefused when it is not open or they already belong to it
	 */
	public Community join(String slug, @Nullable KringPrincipal me) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		Community community = scope.community();
		UUID person = scope.viewer().principal().id();
		if (scope.viewer().member()) {
			throw new MembershipRefused("membership.join.already");
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.recorder.admit(community.join(person, this.recorder.now()));
				this.recorder.record(community.id(), MembershipEventKind.JOINED, person, person, CommunityRole.MEMBER,
						new MemberJoined(community.id(), person, CommunityRole.MEMBER, JoinWay.JOINED));
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new MembershipRefused("membership.join.already");
		}
		return community;
	}

	/**
	 * Applies to a community that admits members on approval.
	 * @param slug the community
	 * @param me the applicant
	 * @param motivation why they want to join
	 * @param language the language they apply in
	 * @return the community applied to
	 * @throws MembershipRefused when it takes no applications, they already belong to it
	 * or their application still waits for a decision
	 */
	public Community apply(String slug, @Nullable KringPrincipal me, String motivation, Locale language) {
		MembershipScope scope = this.guard.signedIn(slug, me);
		Community community = scope.community();
		UUID person = scope.viewer().principal().id();
		if (scope.viewer().member()) {
			throw new MembershipRefused("membership.join.already");
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				var earlier = this.applications.findByCommunityIdAndPersonId(community.id(), person);
				if (earlier.isPresent()) {
					community.applyAgain(earlier.get(), motivation, language, this.recorder.now());
					this.applications.saveAndFlush(earlier.get());
				}
				else {
					this.applications
						.saveAndFlush(community.applyToJoin(person, motivation, language, this.recorder.now()));
				}
				this.recorder.record(community.id(), MembershipEventKind.APPLIED, person, person, null,
						new MembershipApplied(community.id(), person));
			});
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			throw new MembershipRefused("membership.apply.pending");
		}
		return community;
	}

	/**
	 * The person's application to a community, if any.
	 * @param communityId the community
	 * @param personId the person
	 * @return their application, whatever its status
	 */
	@Transactional(readOnly = true)
	public @Nullable MembershipApplication applicationOf(UUID communityId, UUID personId) {
		return this.applications.findByCommunityIdAndPersonId(communityId, personId).orElse(null);
	}

	/**
	 * The applications waiting for a decision, oldest first.
	 * @param communityId the community
	 * @return the pending applications
	 */
	@Transactional(readOnly = true)
	public List<MembershipApplication> pending(UUID communityId) {
		return this.applications.findByCommunityIdAndStatusOrderByAppliedAt(communityId,
				MembershipApplication.Status.PENDING);
	}

	/**
	 * Approves an application: the applicant becomes a member and gets a mail.
	 * @param slug the community
	 * @param me the facilitator or administrator deciding
	 * @param applicationId the application
	 * @throws MembershipRefused when someone already decided on it
	 */
	public void approve(String slug, @Nullable KringPrincipal me, UUID applicationId) {
		MembershipScope scope = this.guard.managed(slug, me);
		decide(scope, applicationId, (community, application, decider) -> {
			application.approve(decider, this.recorder.now());
			this.applications.saveAndFlush(application);
			UUID person = application.personId();
			if (this.memberships.findByCommunityIdAndPersonId(community.id(), person).isEmpty()) {
				this.recorder.admit(community.admit(person, CommunityRole.MEMBER, this.recorder.now()));
			}
			this.recorder.record(community.id(), MembershipEventKind.APPROVED, decider, person, CommunityRole.MEMBER,
					new MemberJoined(community.id(), person, CommunityRole.MEMBER, JoinWay.APPROVED));
			addressOf(person).ifPresent((applicant) -> this.mails.approved(applicant.email(),
					languageOf(applicant, application), community.name(), community.slug()));
		});
	}

	/**
	 * Declines an application; the applicant gets a mail with the note, if any.
	 * @param slug the community
	 * @param me the facilitator or administrator deciding
	 * @param applicationId the application
	 * @param note an optional note for the applicant
	 * @throws MembershipRefused when someone already decided on it
	 */
	public void decline(String slug, @Nullable KringPrincipal me, UUID applicationId, @Nullable String note) {
		MembershipScope scope = this.guard.managed(slug, me);
		decide(scope, applicationId, (community, application, decider) -> {
			application.decline(decider, note, this.recorder.now());
			this.applications.saveAndFlush(application);
			UUID person = application.personId();
			this.recorder.record(community.id(), MembershipEventKind.DECLINED, decider, person, null,
					new MembershipDeclined(community.id(), person, decider));
			addressOf(person).ifPresent((applicant) -> this.mails.declined(applicant.email(),
					languageOf(applicant, application), community.name(), application.note()));
		});
	}

	private void decide(MembershipScope scope, UUID applicationId, Decision decision) {
		Community community = scope.community();
		UUID decider = scope.viewer().principal().id();
		try {
			this.transactions.executeWithoutResult((status) -> {
				MembershipApplication application = this.applications.findById(applicationId)
					.filter((found) -> found.communityId().equals(community.id()))
					.orElseThrow(() -> new CommunityNotFoundException(community.slug()));
				if (!application.pending()) {
					throw decidedBefore(application);
				}
				decision.make(community, application, decider);
			});
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw this.applications.findById(applicationId)
				.map(this::decidedBefore)
				.orElseThrow(() -> new CommunityNotFoundException(community.slug()));
		}
	}

	private MembershipRefused decidedBefore(MembershipApplication application) {
		UUID decidedBy = application.decidedBy();
		String name = (decidedBy != null) ? this.accounts.displayNameOf(decidedBy) : AccountManagement.FORMER_MEMBER;
		MembershipRefused refused = application.alreadyDecided();
		return new MembershipRefused(refused.key(), name);
	}

	private Optional<Addressee> addressOf(UUID person) {
		return this.accounts.find(person)
			.filter((found) -> found.email() != null && !found.erased())
			.map((found) -> new Addressee(found, found.email()));
	}

	private static Locale languageOf(Addressee addressee, MembershipApplication application) {
		Locale preferred = addressee.person().preferredLanguage();
		return (preferred != null) ? preferred : application.language();
	}

	private record Addressee(PersonSummary person, String email) {
	}

	@FunctionalInterface
	private interface Decision {

		void make(Community community, MembershipApplication application, UUID decider);

	}

}
