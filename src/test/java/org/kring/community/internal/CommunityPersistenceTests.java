package org.kring.community.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kring.community.CommunityRole;
import org.kring.community.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.kring.community.internal.TestCommunities.NOW;

/**
 * Communities and memberships against the database, each step in its own transaction as
 * the pages make them.
 */
@DataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Tag("database")
class CommunityPersistenceTests {

	@Autowired
	private Communities communities;

	@Autowired
	private Memberships memberships;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aCommunityIsStoredWithItsTextsThemesPlacesLanguagesAndPartners() {
		Community community = TestCommunities.active(slug(), Visibility.PUBLIC);
		UUID partner = UUID.randomUUID();
		community.partnerWith(Set.of(partner));
		this.communities.save(community);
		Community loaded = loaded(this.communities.findBySlug(community.slug()).orElseThrow().id());
		assertThat(loaded.description()).isEqualTo(community.description());
		assertThat(loaded.partners()).containsExactly(partner);
		assertThat(loaded.name(Locale.ENGLISH).language()).isEqualTo("en");
	}

	@Test
	void anEditReplacesTheCollectionsWithoutLeftovers() {
		Community community = this.communities.save(TestCommunities.active(slug(), Visibility.PUBLIC));
		this.transactions.executeWithoutResult((status) -> {
			Community found = this.communities.findById(community.id()).orElseThrow();
			CommunityDescription d = found.description();
			found.describe(new CommunityDescription(d.slug(), d.kind(), d.visibility(), d.joinPolicy(),
					d.originalLanguage(), d.name(), d.domain(), d.practice(), Set.of("housing", "labour"),
					Set.of(Place.country("BE"), new Place("BE", "Limburg")), Set.of("en"),
					Map.of("fr", new Translation("Réseau", null, null))));
		});
		Community loaded = loaded(community.id());
		assertThat(loaded.themes()).containsExactlyInAnyOrder("housing", "labour");
		assertThat(loaded.places()).containsExactlyInAnyOrder(Place.country("BE"), new Place("BE", "Limburg"));
		assertThat(loaded.languages()).containsExactly("en");
		assertThat(loaded.translations()).containsOnlyKeys("fr");
		assertThat(loaded.version()).isEqualTo(community.version() + 1);
	}

	@Test
	void fellowMembersAreEveryoneInACommunityOfThePersonAndNoOneElse() {
		Community first = this.communities.save(TestCommunities.active(slug(), Visibility.PUBLIC));
		Community second = this.communities.save(TestCommunities.active(slug(), Visibility.SECRET));
		Community elsewhere = this.communities.save(TestCommunities.active(slug(), Visibility.PUBLIC));
		UUID me = UUID.randomUUID();
		UUID neighbour = UUID.randomUUID();
		UUID secretFriend = UUID.randomUUID();
		UUID stranger = UUID.randomUUID();
		this.memberships.save(first.admit(me, CommunityRole.MEMBER, NOW));
		this.memberships.save(first.admit(neighbour, CommunityRole.FACILITATOR, NOW));
		this.memberships.save(second.admit(me, CommunityRole.OBSERVER, NOW));
		this.memberships.save(second.admit(secretFriend, CommunityRole.EXPERT, NOW));
		this.memberships.save(elsewhere.admit(stranger, CommunityRole.MEMBER, NOW));
		this.memberships.save(elsewhere.admit(neighbour, CommunityRole.MEMBER, NOW));
		assertThat(this.memberships.findFellowMembersOf(me)).containsExactlyInAnyOrder(me, neighbour, secretFriend);
		assertThat(this.memberships.findFellowMembersOf(stranger)).containsExactlyInAnyOrder(stranger, neighbour);
		assertThat(this.memberships.findFellowMembersOf(UUID.randomUUID())).isEmpty();
	}

	@Test
	void twoCommunitiesCannotShareASlug() {
		String slug = slug();
		this.communities.save(TestCommunities.active(slug, Visibility.PUBLIC));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.communities.save(TestCommunities.active(slug, Visibility.PUBLIC)));
	}

	@Test
	void anEditOfAnOutdatedVersionFails() {
		Community community = this.communities.save(TestCommunities.active(slug(), Visibility.PUBLIC));
		Community first = loaded(community.id());
		Community second = loaded(community.id());
		first.describe(first.description());
		this.communities.save(first);
		second.describe(second.description());
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.communities.save(second));
	}

	@Test
	void aPersonHoldsOneRolePerCommunityAndOthersElsewhere() {
		UUID person = UUID.randomUUID();
		Community here = this.communities.save(TestCommunities.active(slug(), Visibility.PUBLIC));
		Community there = this.communities.save(TestCommunities.active(slug(), Visibility.SECRET));
		this.memberships.save(here.admit(person, CommunityRole.FACILITATOR, NOW));
		this.memberships.save(there.admit(person, CommunityRole.OBSERVER, NOW));
		assertThat(this.memberships.findByPersonId(person)).extracting(Membership::role)
			.containsExactlyInAnyOrder(CommunityRole.FACILITATOR, CommunityRole.OBSERVER);
		assertThat(this.memberships.countByCommunityIdAndRole(here.id(), CommunityRole.FACILITATOR)).isOne();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.memberships.save(here.admit(person, CommunityRole.MEMBER, NOW)));
	}

	/** A community read whole in a transaction of its own, as a form shows it. */
	private Community loaded(UUID id) {
		return this.transactions.execute((status) -> {
			Community found = this.communities.findById(id).orElseThrow();
			found.description();
			found.partners();
			return found;
		});
	}

	private static String slug() {
		return "community-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
