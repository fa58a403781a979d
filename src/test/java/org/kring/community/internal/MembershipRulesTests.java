package org.kring.community.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kring.community.internal.TestCommunities.NOW;

/**
 * The rules of joining, applying, invitations, roles and the last facilitator, without a
 * database.
 */
class MembershipRulesTests {

	private final UUID person = UUID.randomUUID();

	@Test
	void anOpenCommunityLetsAPersonJoinAsAMemberWithOneClick() {
		Membership membership = community(JoinPolicy.OPEN).join(this.person, NOW);
		assertThat(membership.role()).isEqualTo(CommunityRole.MEMBER);
		assertThat(membership.personId()).isEqualTo(this.person);
	}

	@Test
	void onlyAnOpenCommunityTakesOneClickMembers() {
		for (JoinPolicy policy : new JoinPolicy[] { JoinPolicy.ON_APPROVAL, JoinPolicy.BY_INVITATION }) {
			assertRefused(() -> community(policy).join(this.person, NOW), "membership.join.notOpen");
		}
	}

	@Test
	void aProposedCommunityTakesNobodyYet() {
		Community proposal = Community.propose(TestCommunities.description("proposed-one", Visibility.PUBLIC),
				UUID.randomUUID(), NOW);
		assertRefused(() -> proposal.applyToJoin(this.person, "Please", Locale.ENGLISH, NOW),
				"membership.apply.notOnApproval");
		assertRefused(() -> proposal.invite("a@example.org", CommunityRole.MEMBER, "hash", Locale.ENGLISH,
				UUID.randomUUID(), NOW), "membership.invite.notActive");
	}

	@Test
	void onlyACommunityOnApprovalTakesApplications() {
		assertThat(community(JoinPolicy.ON_APPROVAL).applyToJoin(this.person, " I work with newcomers ",
				Locale.of("nl"), NOW))
			.satisfies((application) -> {
				assertThat(application.pending()).isTrue();
				assertThat(application.motivation()).isEqualTo("I work with newcomers");
				assertThat(application.language()).isEqualTo(Locale.of("nl"));
			});
		assertRefused(() -> community(JoinPolicy.OPEN).applyToJoin(this.person, "Please", Locale.ENGLISH, NOW),
				"membership.apply.notOnApproval");
		assertRefused(() -> community(JoinPolicy.BY_INVITATION).applyToJoin(this.person, "Please", Locale.ENGLISH, NOW),
				"membership.apply.notOnApproval");
	}

	@Test
	void aMotivationIsRequiredAndShort() {
		Community community = community(JoinPolicy.ON_APPROVAL);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> community.applyToJoin(this.person, "  ", Locale.ENGLISH, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> community.applyToJoin(this.person, "x".repeat(1001), Locale.ENGLISH, NOW));
		assertThat(community.applyToJoin(this.person, "x".repeat(1000), Locale.ENGLISH, NOW).pending()).isTrue();
	}

	@Test
	void anApplicationIsDecidedOnce() {
		MembershipApplication application = community(JoinPolicy.ON_APPROVAL).applyToJoin(this.person, "Please",
				Locale.ENGLISH, NOW);
		UUID first = UUID.randomUUID();
		application.approve(first, NOW);
		assertThat(application.decidedBy()).isEqualTo(first);
		assertRefused(() -> application.approve(UUID.randomUUID(), NOW), "membership.application.alreadyApproved");
		assertRefused(() -> application.decline(UUID.randomUUID(), null, NOW),
				"membership.application.alreadyApproved");
		assertThat(application.decidedBy()).isEqualTo(first);
	}

	@Test
	void aDeclinedApplicantMayApplyAgainButNotTwiceAtOnce() {
		Community community = community(JoinPolicy.ON_APPROVAL);
		MembershipApplication application = community.applyToJoin(this.person, "Please", Locale.ENGLISH, NOW);
		assertRefused(() -> community.applyAgain(application, "Again", Locale.ENGLISH, NOW),
				"membership.apply.pending");
		application.decline(UUID.randomUUID(), " Not now ", NOW);
		assertThat(application.note()).isEqualTo("Not now");
		community.applyAgain(application, "Again", Locale.ENGLISH, NOW.plusSeconds(60));
		assertThat(application.pending()).isTrue();
		assertThat(application.note()).isNull();
		assertThat(application.motivation()).isEqualTo("Again");
	}

	@Test
	void theLastFacilitatorCannotLeaveNorStepDown() {
		Membership facilitator = community(JoinPolicy.OPEN).admit(this.person, CommunityRole.FACILITATOR, NOW);
		assertRefused(() -> facilitator.requireAnotherFacilitator(1), "membership.lastFacilitator");
		assertRefused(() -> facilitator.changeRole(CommunityRole.MEMBER, 1), "membership.lastFacilitator");
		assertThat(facilitator.role()).isEqualTo(CommunityRole.FACILITATOR);
	}

	@Test
	void aFacilitatorWithAColleagueMayLeaveOrStepDown() {
		Membership facilitator = community(JoinPolicy.OPEN).admit(this.person, CommunityRole.FACILITATOR, NOW);
		facilitator.requireAnotherFacilitator(2);
		facilitator.changeRole(CommunityRole.EXPERT, 2);
		assertThat(facilitator.role()).isEqualTo(CommunityRole.EXPERT);
	}

	@Test
	void otherRolesLeaveFreelyAndAnyoneMayBecomeFacilitator() {
		Membership member = community(JoinPolicy.OPEN).admit(this.person, CommunityRole.OBSERVER, NOW);
		member.requireAnotherFacilitator(0);
		member.changeRole(CommunityRole.FACILITATOR, 0);
		assertThat(member.facilitates()).isTrue();
	}

	@Test
	void handingOverMakesTheSuccessorFacilitatorAndTheFacilitatorAMember() {
		Community community = community(JoinPolicy.OPEN);
		Membership facilitator = community.admit(this.person, CommunityRole.FACILITATOR, NOW);
		Membership expert = community.admit(UUID.randomUUID(), CommunityRole.EXPERT, NOW);
		facilitator.handOverTo(expert);
		assertThat(expert.role()).isEqualTo(CommunityRole.FACILITATOR);
		assertThat(facilitator.role()).isEqualTo(CommunityRole.MEMBER);
		assertRefused(() -> facilitator.handOverTo(expert), "membership.handOver.notPossible");
		assertRefused(() -> expert.handOverTo(expert), "membership.handOver.notPossible");
		Membership elsewhere = community(JoinPolicy.OPEN).admit(UUID.randomUUID(), CommunityRole.MEMBER, NOW);
		assertThatIllegalArgumentException().isThrownBy(() -> expert.handOverTo(elsewhere));
	}

	@Test
	void anInvitationWorksForFourteenDaysAndOnce() {
		Invitation invitation = invite("Noor@Example.org ");
		assertThat(invitation.email()).isEqualTo("noor@example.org");
		assertThat(invitation.usable(NOW.plus(Duration.ofDays(14)).minusMillis(1))).isTrue();
		assertThat(invitation.usable(NOW.plus(Duration.ofDays(14)))).isFalse();
		assertRefused(() -> invitation.accept(NOW.plus(Duration.ofDays(14))), "membership.invitation.gone");
		invitation.accept(NOW.plus(Duration.ofDays(1)));
		assertThat(invitation.usable(NOW.plus(Duration.ofDays(1)))).isFalse();
		assertRefused(() -> invitation.accept(NOW.plus(Duration.ofDays(1))), "membership.invitation.gone");
		assertRefused(() -> invitation.revoke(NOW), "membership.invitation.notPending");
	}

	@Test
	void aRevokedInvitationNoLongerWorks() {
		Invitation invitation = invite("ama@example.org");
		invitation.revoke(NOW);
		assertThat(invitation.usable(NOW)).isFalse();
		assertRefused(() -> invitation.accept(NOW), "membership.invitation.gone");
	}

	@Test
	void invitationsGoToPlausibleAddressesForRolesOtherThanFacilitator() {
		Community community = community(JoinPolicy.BY_INVITATION);
		for (String address : new String[] { "", "noor", "noor@", "noor@example", "a b@example.org" }) {
			assertThatIllegalArgumentException().as(address)
				.isThrownBy(() -> community.invite(address, CommunityRole.MEMBER, "hash", Locale.ENGLISH,
						UUID.randomUUID(), NOW));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> community.invite("noor@example.org",
				CommunityRole.FACILITATOR, "hash", Locale.ENGLISH, UUID.randomUUID(), NOW));
	}

	@Test
	void anyCommunityInUseMayInviteWhateverItsPolicy() {
		for (JoinPolicy policy : JoinPolicy.values()) {
			assertThat(community(policy)
				.invite("noor@example.org", CommunityRole.EXPERT, "hash", Locale.ENGLISH, UUID.randomUUID(), NOW)
				.role()).isEqualTo(CommunityRole.EXPERT);
		}
	}

	private Invitation invite(String address) {
		return community(JoinPolicy.BY_INVITATION).invite(address, CommunityRole.MEMBER, "hash", Locale.ENGLISH,
				UUID.randomUUID(), NOW);
	}

	static Community community(JoinPolicy policy) {
		CommunityDescription d = TestCommunities.description("c-" + UUID.randomUUID().toString().substring(0, 8),
				Visibility.PUBLIC);
		return Community.found(
				new CommunityDescription(d.slug(), d.kind(), d.visibility(), policy, d.originalLanguage(), d.name(),
						d.domain(), d.practice(), d.themes(), d.places(), d.languages(), d.translations()),
				UUID.randomUUID(), NOW);
	}

	private static void assertRefused(Runnable step, String key) {
		assertThatExceptionOfType(MembershipRefused.class).isThrownBy(step::run)
			.satisfies((refused) -> assertThat(refused.key()).isEqualTo(key));
	}

}
