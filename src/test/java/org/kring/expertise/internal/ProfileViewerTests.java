package org.kring.expertise.internal;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kring.expertise.ProfileVisibility.COMMUNITIES;
import static org.kring.expertise.ProfileVisibility.COORDINATORS;
import static org.kring.expertise.ProfileVisibility.EVERYONE;

/**
 * Who sees an expert profile: never beyond what its owner chose, and the owner always.
 */
class ProfileViewerTests {

	private final UUID owner = UUID.randomUUID();

	private final TestPrincipal fellow = TestPrincipal.member("Fellow");

	private final TestPrincipal stranger = TestPrincipal.member("Stranger");

	@Test
	void aVisitorAndTheApiSeeOnlyProfilesForEveryone() {
		for (ProfileViewer viewer : new ProfileViewer[] { ProfileViewer.everyone(),
				ProfileViewer.of(null, Set.of()) }) {
			assertThat(viewer.maySee(this.owner, EVERYONE)).isTrue();
			assertThat(viewer.maySee(this.owner, COMMUNITIES)).isFalse();
			assertThat(viewer.maySee(this.owner, COORDINATORS)).isFalse();
		}
	}

	@Test
	void aMemberSharingACommunitySeesProfilesForCommunitiesButNotForCoordinators() {
		ProfileViewer viewer = ProfileViewer.of(this.fellow, Set.of(this.owner, this.fellow.id()));
		assertThat(viewer.maySee(this.owner, EVERYONE)).isTrue();
		assertThat(viewer.maySee(this.owner, COMMUNITIES)).isTrue();
		assertThat(viewer.maySee(this.owner, COORDINATORS)).isFalse();
	}

	@Test
	void aMemberSharingNoCommunitySeesOnlyProfilesForEveryone() {
		ProfileViewer viewer = ProfileViewer.of(this.stranger, Set.of(this.stranger.id(), UUID.randomUUID()));
		assertThat(viewer.maySee(this.owner, EVERYONE)).isTrue();
		assertThat(viewer.maySee(this.owner, COMMUNITIES)).isFalse();
		assertThat(viewer.maySee(this.owner, COORDINATORS)).isFalse();
	}

	@Test
	void coordinatorsAndAdministratorsSeeEveryProfileWithoutTheirCommunities() {
		for (TestPrincipal instanceWide : new TestPrincipal[] { TestPrincipal.coordinator("Coco"),
				TestPrincipal.administrator("Ada") }) {
			ProfileViewer viewer = ProfileViewer.of(instanceWide, Set.of());
			assertThat(ProfileViewer.seesEveryProfile(instanceWide)).isTrue();
			for (ProfileVisibility visibility : ProfileVisibility.values()) {
				assertThat(viewer.maySee(this.owner, visibility)).as("%s", visibility).isTrue();
			}
		}
		assertThat(ProfileViewer.seesEveryProfile(this.fellow)).isFalse();
		assertThat(ProfileViewer.seesEveryProfile(null)).isFalse();
	}

	@Test
	void theOwnerAlwaysSeesTheirOwnProfile() {
		TestPrincipal me = TestPrincipal.member(this.owner, "Owner");
		ProfileViewer viewer = ProfileViewer.of(me, Set.of());
		for (ProfileVisibility visibility : ProfileVisibility.values()) {
			assertThat(viewer.maySee(this.owner, visibility)).as("%s", visibility).isTrue();
		}
	}

	@Test
	void aVisitorIsNotTakenForAFellowOfAnyone() {
		ProfileViewer visitor = new ProfileViewer(null, false, Set.of(this.owner));
		assertThat(visitor.maySee(this.owner, COMMUNITIES)).isFalse();
	}

}
