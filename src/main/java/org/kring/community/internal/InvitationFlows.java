package org.kring.community.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.kring.account.EmailAddresses;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.account.ProvenAddressSignUp;
import org.kring.community.CommunityRole;
import org.kring.community.InvitationRevoked;
import org.kring.community.JoinWay;
import org.kring.community.MemberInvited;
import org.kring.community.MemberJoined;
import org.kring.system.KringPrincipal;
import org.kring.system.security.LinkSecrets;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations: a facilitator invites an e-mail address, the invitee follows the mailed
 * link and accepts (signing up on the spot when the address has no account yet) or
 * declines, and a facilitator may revoke an invitation that was not used yet.
 */
@Service
public class InvitationFlows {

	private final MembershipGuard guard;

	private final Communities communities;

	private final Memberships memberships;

	private final Invitations invitations;

	private final MembershipRecorder recorder;

	private final MembershipMails mails;

	private final AccountManagement accounts;

	private final ProvenAddressSignUp signUp;

	private final TransactionTemplate transactions;

	InvitationFlows(MembershipGuard guard, Communities communities, Memberships memberships, Invitations invitations,
			MembershipRecorder recorder, MembershipMails mails, AccountManagement accounts, ProvenAddressSignUp signUp,
			TransactionTemplate transactions) {
		this.guard = guard;
		this.communities = communities;
		this.memberships = memberships;
		this.invitations = invitations;
		this.recorder = recorder;
		this.mails = mails;
		this.accounts = accounts;
		this.signUp = signUp;
		this.transactions = transactions;
	}

	/**
	 * Invites an address. An earlier pending invitation of the same address to the same
	 * community stops working.
	 * @param slug the community
	 * @param me the facilitator or administrator inviting
	 * @param email the address
	 * @param role the role the invitee will hold: member, expert or observer
	 * @param page the language of the page, for the mail when the address has no account
	 * with a language of its own
	 * @throws MembershipRefused when the address already belongs to a member
	 * @throws IllegalArgumentException for an implausible address or the facilitator role
	 */
	public void invite(String slug, @Nullable KringPrincipal me, String email, CommunityRole role, Locale page) {
		MembershipScope scope = this.guard.managed(slug, me);
		Community community = scope.community();
		KringPrincipal inviter = scope.viewer().principal();
		String address = EmailAddresses.normalize(email);
		Optional<PersonSummary> existing = this.accounts.findByEmail(address);
		if (existing.isPresent()
				&& this.memberships.findByCommunityIdAndPersonId(community.id(), existing.get().id()).isPresent()) {
			throw new MembershipRefused("membership.invite.alreadyMember");
		}
		Locale language = existing.map(PersonSummary::preferredLanguage).orElse(page);
		String secret = LinkSecrets.newSecret();
		this.transactions.executeWithoutResult((status) -> {
			for (Invitation earlier : this.invitations.findByCommunityIdAndEmailAndStatus(community.id(), address,
					Invitation.Status.PENDING)) {
				earlier.revoke(this.recorder.now());
				this.recorder.recordInvitation(earlier, MembershipEventKind.INVITATION_REVOKED, inviter.id(),
						new InvitationRevoked(community.id(), earlier.id(), inviter.id()));
			}
			Invitation invitation = this.invitations.save(community.invite(address, role, LinkSecrets.hash(secret),
					(language != null) ? language : page, inviter.id(), this.recorder.now()));
			this.recorder.recordInvitation(invitation, MembershipEventKind.INVITED, inviter.id(),
					new MemberInvited(community.id(), invitation.id(), inviter.id(), role));
			this.mails.invitation(invitation, community.name(), inviter.displayName(), secret);
		});
	}

	/**
	 * The invitations not used, declined or revoked yet, expired ones included, oldest
	 * first.
	 * @param communityId the community
	 * @return the pending invitations
	 */
	@Transactional(readOnly = true)
	public List<Invitation> pending(UUID communityId) {
		return this.invitations.findByCommunityIdAndStatusOrderByInvitedAt(communityId, Invitation.Status.PENDING);
	}

	/**
	 * Revokes an invitation; its link stops working.
	 * @param slug the community
	 * @param me the facilitator or administrator
	 * @param invitationId the invitation
	 * @throws MembershipRefused when it was used or revoked already
	 */
	public void revoke(String slug, @Nullable KringPrincipal me, UUID invitationId) {
		MembershipScope scope = this.guard.managed(slug, me);
		UUID actor = scope.viewer().principal().id();
		settle(() -> {
			Invitation invitation = this.invitations.findById(invitationId)
				.filter((found) -> found.communityId().equals(scope.community().id()))
				.orElseThrow(() -> new CommunityNotFoundException(slug));
			invitation.revoke(this.recorder.now());
			this.recorder.flush();
			this.recorder.recordInvitation(invitation, MembershipEventKind.INVITATION_REVOKED, actor,
					new InvitationRevoked(invitation.communityId(), invitation.id(), actor));
		}, "membership.invitation.notPending");
	}

	/**
	 * What the link of a usable invitation leads to.
	 * @param secret the secret from the link
	 * @return the invitation, or empty when the link is unknown
	 * @throws MembershipRefused ({@code membership.invitation.gone}) when the invitation
	 * was used, declined, revoked or has expired
	 */
	public Optional<Invited> find(String secret) {
		if (!LinkSecrets.wellFormed(secret)) {
			return Optional.empty();
		}
		// in a transaction of its own also when called from within this class
		return Objects.requireNonNull(this.transactions
			.execute((status) -> this.invitations.findByTokenHash(LinkSecrets.hash(secret)).map((invitation) -> {
				if (!invitation.usable(this.recorder.now())) {
					throw new MembershipRefused("membership.invitation.gone");
				}
				Community community = this.communities.findById(invitation.communityId()).orElseThrow();
				community.translations();
				return new Invited(invitation, community, this.signUp.hasAccount(invitation.email()));
			})));
	}

	/**
	 * Accepts an invitation as the signed-in person. When the invited address has an
	 * account of its own, only that account may accept: a forwarded link does not let
	 * someone else in. An address without an account may be accepted from any account,
	 * since people use more than one address.
	 * @param secret the secret from the link
	 * @param me the person accepting
	 * @return the community they now belong to
	 * @throws MembershipRefused when the link no longer works, or belongs to another
	 * account ({@code membership.invitation.otherAccount})
	 */
	public Community accept(String secret, KringPrincipal me) {
		Invited invited = find(secret).orElseThrow(() -> new MembershipRefused("membership.invitation.gone"));
		this.accounts.findByEmail(invited.invitation().email())
			.filter((owner) -> !owner.id().equals(me.id()))
			.ifPresent((owner) -> {
				throw new MembershipRefused("membership.invitation.otherAccount");
			});
		return join(secret, me.id());
	}

	/**
	 * Creates an account for the invited address, logs the person in and accepts the
	 * invitation for them.
	 * @param secret the secret from the link
	 * @param displayName the name they chose
	 * @param password the password they chose
	 * @param language the page's language
	 * @param request the request, for the login
	 * @param response the response, for the login
	 * @return the community the person now belongs to, or the problems with the form by
	 * field (then nothing happened)
	 * @throws MembershipRefused when the link no longer works or the address has an
	 * account already
	 */
	public SignedUp signUpAndAccept(String secret, @Nullable String displayName, @Nullable String password,
			Locale language, HttpServletRequest request, HttpServletResponse response) {
		Invited invited = find(secret).orElseThrow(() -> new MembershipRefused("membership.invitation.gone"));
		String email = invited.invitation().email();
		if (invited.hasAccount()) {
			throw new MembershipRefused("membership.invitation.hasAccount");
		}
		Map<String, String> problems = this.signUp.problems(displayName, email, password);
		if (!problems.isEmpty() || displayName == null || password == null) {
			return new SignedUp(null, problems);
		}
		UUID person;
		try {
			person = this.signUp.signUpAndLogIn(displayName, email, password, language, request, response);
		}
		catch (IllegalStateException ex) {
			throw new MembershipRefused("membership.invitation.hasAccount");
		}
		return new SignedUp(join(secret, person), Map.of());
	}

	/**
	 * Declines an invitation; anyone holding the link may, with or without an account.
	 * @param secret the secret from the link
	 * @param me the signed-in person, or null
	 * @throws MembershipRefused when the link no longer works
	 */
	public void decline(String secret, @Nullable KringPrincipal me) {
		settle(() -> {
			Invitation invitation = usable(secret);
			invitation.decline(this.recorder.now());
			this.recorder.flush();
			this.recorder.recordInvitation(invitation, MembershipEventKind.INVITATION_DECLINED,
					(me != null) ? me.id() : null, null);
		}, "membership.invitation.gone");
	}

	private Community join(String secret, UUID person) {
		return settle(() -> {
			Invitation invitation = usable(secret);
			invitation.accept(this.recorder.now());
			this.recorder.flush();
			Community community = this.communities.findById(invitation.communityId()).orElseThrow();
			if (this.memberships.findByCommunityIdAndPersonId(community.id(), person).isEmpty()) {
				this.recorder.admit(community.admit(person, invitation.role(), this.recorder.now()));
				this.recorder.record(community.id(), MembershipEventKind.INVITATION_ACCEPTED, person, person,
						invitation.role(),
						new MemberJoined(community.id(), person, invitation.role(), JoinWay.INVITED));
			}
			return community;
		}, "membership.invitation.gone");
	}

	private Invitation usable(String secret) {
		return this.invitations.findByTokenHash(LinkSecrets.hash(secret))
			.filter((invitation) -> invitation.usable(this.recorder.now()))
			.orElseThrow(() -> new MembershipRefused("membership.invitation.gone"));
	}

	private <T> T settle(java.util.function.Supplier<T> step, String refusal) {
		try {
			return this.transactions.execute((status) -> step.get());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new MembershipRefused(refusal);
		}
	}

	private void settle(Runnable step, String refusal) {
		settle(() -> {
			step.run();
			return null;
		}, refusal);
	}

	/**
	 * The outcome of signing up through an invitation.
	 *
	 * @param community the community joined, or null when the form had problems
	 * @param problems message keys by field name; empty when the person joined
	 */
	public record SignedUp(@Nullable Community community, Map<String, String> problems) {
	}

	/**
	 * A usable invitation as its link shows it.
	 *
	 * @param invitation the invitation
	 * @param community the community it is to
	 * @param hasAccount whether the invited address has an account already
	 */
	public record Invited(Invitation invitation, Community community, boolean hasAccount) {
	}

}
