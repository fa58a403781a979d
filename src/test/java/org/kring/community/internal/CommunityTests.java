package org.kring.community.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.community.CommunityChanged;
import org.kring.community.CommunityCreated;
import org.kring.community.CommunityDeclined;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityProposed;
import org.kring.community.CommunityRole;
import org.kring.community.CommunityStatus;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.kring.community.internal.TestCommunities.NOW;
import static org.kring.community.internal.TestCommunities.description;

class CommunityTests {

	private final UUID founder = UUID.randomUUID();

	@Test
	void aFoundedCommunityIsActiveAndTellsTheRestOfTheSystem() {
		Community community = Community.found(description("women-newcomers", Visibility.PUBLIC), this.founder, NOW);
		assertThat(community.status()).isEqualTo(CommunityStatus.ACTIVE);
		assertThat(community.isActive()).isTrue();
		assertThat(community.createdBy()).isEqualTo(this.founder);
		assertThat(community.themes()).containsExactlyInAnyOrder("housing", "health care");
		assertThat(events(community))
			.containsExactly(new CommunityCreated(community.id(), "women-newcomers", this.founder));
	}

	@Test
	void theFounderIsAdmittedAsFacilitator() {
		Community community = Community.found(description("women-newcomers", Visibility.PUBLIC), this.founder, NOW);
		Membership membership = community.admit(this.founder, CommunityRole.FACILITATOR, NOW);
		assertThat(membership.communityId()).isEqualTo(community.id());
		assertThat(membership.personId()).isEqualTo(this.founder);
		assertThat(membership.facilitates()).isTrue();
		assertThat(membership.joinedAt()).isEqualTo(NOW);
	}

	@Test
	void aMemberCanHoldAnotherRoleLater() {
		Community community = TestCommunities.active("pool", Visibility.PUBLIC);
		Membership membership = community.admit(UUID.randomUUID(), CommunityRole.MEMBER, NOW);
		membership.changeRole(CommunityRole.EXPERT);
		assertThat(membership.role()).isEqualTo(CommunityRole.EXPERT);
		assertThat(membership.facilitates()).isFalse();
	}

	@Test
	void aProposalWaitsUntilAnAdministratorApprovesIt() {
		Community community = Community.propose(description("proposal", Visibility.PUBLIC), this.founder, NOW);
		assertThat(community.status()).isEqualTo(CommunityStatus.PROPOSED);
		assertThat(community.isActive()).isFalse();
		community.approve();
		assertThat(community.status()).isEqualTo(CommunityStatus.ACTIVE);
		assertThat(events(community)).containsExactly(new CommunityProposed(community.id(), "proposal", this.founder),
				new CommunityCreated(community.id(), "proposal", this.founder));
	}

	@Test
	void aProposalIsDecidedOnce() {
		Community community = Community.propose(description("proposal", Visibility.PUBLIC), this.founder, NOW);
		community.decline();
		assertThat(community.status()).isEqualTo(CommunityStatus.DECLINED);
		assertThat(events(community)).contains(new CommunityDeclined(community.id(), "proposal", this.founder));
		assertThatIllegalStateException().isThrownBy(community::approve);
		assertThatIllegalStateException().isThrownBy(community::decline);
	}

	@Test
	void anActiveCommunityIsNoProposalToDecide() {
		Community community = TestCommunities.active("in-use", Visibility.PUBLIC);
		assertThatIllegalStateException().isThrownBy(community::approve);
		assertThatIllegalStateException().isThrownBy(community::decline);
	}

	@Test
	void textIsShownInTheReadersLanguageWhenTranslatedElseInTheOriginal() {
		Community community = TestCommunities.active("network", Visibility.PUBLIC);
		assertThat(community.name(Locale.ENGLISH)).isEqualTo(new LocalizedText("Learning network network", "en"));
		assertThat(community.domain(Locale.ENGLISH))
			.isEqualTo(new LocalizedText("Mensen zonder wettig verblijf", "nl"));
		assertThat(community.name(Locale.FRENCH)).isEqualTo(new LocalizedText("Leernetwerk network", "nl"));
		assertThat(community.practice(Locale.of("nl")))
			.isEqualTo(new LocalizedText("Tweemaandelijkse maaksessies", "nl"));
	}

	@Test
	void describingAgainReplacesTheDescriptionAndDropsEmptyTranslations() {
		Community community = TestCommunities.active("network", Visibility.PUBLIC);
		CommunityDescription changed = new CommunityDescription("network-renamed", CommunityKind.EXPERT_POOL,
				Visibility.SECRET, JoinPolicy.BY_INVITATION, "en", "Expert pool", "Newcomers in the province",
				"Advice on request", Set.of("labour"), Set.of(Place.country("BE")), Set.of("en"),
				Map.of("nl", new Translation("Expertpool", null, null), "fr", new Translation(" ", null, null)));
		community.describe(changed);
		assertThat(community.slug()).isEqualTo("network-renamed");
		assertThat(community.kind()).isEqualTo(CommunityKind.EXPERT_POOL);
		assertThat(community.visibility()).isEqualTo(Visibility.SECRET);
		assertThat(community.joinPolicy()).isEqualTo(JoinPolicy.BY_INVITATION);
		assertThat(community.themes()).containsExactly("labour");
		assertThat(community.places()).containsExactly(Place.country("BE"));
		assertThat(community.languages()).containsExactly("en");
		assertThat(community.translations()).containsOnlyKeys("nl");
		assertThat(community.status()).isEqualTo(CommunityStatus.ACTIVE);
		assertThat(events(community)).contains(new CommunityChanged(community.id(), "network-renamed"));
	}

	@Test
	void aDescriptionThatBreaksARuleIsRefusedAndChangesNothing() {
		Community community = TestCommunities.active("network", Visibility.PUBLIC);
		CommunityDescription valid = community.description();
		assertThatIllegalArgumentException().isThrownBy(() -> community.describe(withName(valid, " ")));
		assertThatIllegalArgumentException().isThrownBy(() -> community.describe(withSlug(valid, "Not A Slug")));
		assertThatIllegalArgumentException().isThrownBy(() -> community.describe(withSlug(valid, "new")));
		assertThatIllegalArgumentException().isThrownBy(
				() -> community.describe(new CommunityDescription(valid.slug(), valid.kind(), valid.visibility(),
						valid.joinPolicy(), valid.originalLanguage(), valid.name(), valid.domain(), valid.practice(),
						valid.themes(), Set.of(Place.country("XX")), valid.languages(), valid.translations())));
		assertThatIllegalArgumentException().isThrownBy(() -> community.describe(new CommunityDescription(valid.slug(),
				valid.kind(), valid.visibility(), valid.joinPolicy(), valid.originalLanguage(), valid.name(),
				valid.domain(), valid.practice(), valid.themes(), valid.places(), Set.of("xx"), valid.translations())));
		assertThat(community.description()).isEqualTo(valid);
	}

	@Test
	void partnersAreOrganisationsById() {
		Community community = TestCommunities.active("network", Visibility.PUBLIC);
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		community.partnerWith(Set.of(first, second));
		community.partnerWith(Set.of(second));
		assertThat(community.partners()).containsExactly(second);
	}

	private static CommunityDescription withName(CommunityDescription d, String name) {
		return new CommunityDescription(d.slug(), d.kind(), d.visibility(), d.joinPolicy(), d.originalLanguage(), name,
				d.domain(), d.practice(), d.themes(), d.places(), d.languages(), d.translations());
	}

	private static CommunityDescription withSlug(CommunityDescription d, String slug) {
		return new CommunityDescription(slug, d.kind(), d.visibility(), d.joinPolicy(), d.originalLanguage(), d.name(),
				d.domain(), d.practice(), d.themes(), d.places(), d.languages(), d.translations());
	}

	@SuppressWarnings("unchecked")
	private static java.util.Collection<Object> events(Community community) {
		return (java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(community, "domainEvents");
	}

}
