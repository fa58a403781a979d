package org.kring.expertise.internal;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.KringPrincipal;
import org.kring.system.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees an expert profile, for every kind of viewer and every choice of its owner.
 */
class ProfileVisibilityRuleTests {

	private static final UUID OWNER = UUID.randomUUID();

	@ParameterizedTest(name = "{0} sees a profile for {1}: {2}")
	@CsvSource({ "VISITOR, EVERYONE, true", "VISITOR, COMMUNITIES, false", "VISITOR, COORDINATORS, false",
			"OWNER, EVERYONE, true", "OWNER, COMMUNITIES, true", "OWNER, COORDINATORS, true",
			"FELLOW_MEMBER, EVERYONE, true", "FELLOW_MEMBER, COMMUNITIES, true", "FELLOW_MEMBER, COORDINATORS, false",
			"STRANGER, EVERYONE, true", "STRANGER, COMMUNITIES, false", "STRANGER, COORDINATORS, false",
			"COORDINATOR, EVERYONE, true", "COORDINATOR, COMMUNITIES, true", "COORDINATOR, COORDINATORS, true",
			"ADMINISTRATOR, EVERYONE, true", "ADMINISTRATOR, COMMUNITIES, true", "ADMINISTRATOR, COORDINATORS, true" })
	void everyViewerSeesExactlyWhatTheOwnerChose(Viewer viewer, ProfileVisibility visibility, boolean sees) {
		Set<UUID> fellows = viewer.sharesACommunity() ? Set.of(OWNER) : Set.of();
		assertThat(ProfileViewer.of(viewer.principal(), fellows).maySee(OWNER, visibility)).isEqualTo(sees);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "COMMUNITIES", "COORDINATORS" })
	void aCoordinatorWhoSharesNoCommunityStillSeesWhatCoordinatorsSee(ProfileVisibility visibility) {
		assertThat(ProfileViewer.of(TestPrincipal.coordinator("Coco"), Set.of()).maySee(OWNER, visibility)).isTrue();
	}

	enum Viewer {

		VISITOR, OWNER, FELLOW_MEMBER, STRANGER, COORDINATOR, ADMINISTRATOR;

		@Nullable KringPrincipal principal() {
			return switch (this) {
				case VISITOR -> null;
				case OWNER -> TestPrincipal.member(ProfileVisibilityRuleTests.OWNER, "Owner");
				case FELLOW_MEMBER -> TestPrincipal.member("Fellow");
				case STRANGER -> TestPrincipal.member("Stranger");
				case COORDINATOR -> TestPrincipal.coordinator("Coordinator");
				case ADMINISTRATOR -> TestPrincipal.administrator("Administrator");
			};
		}

		boolean sharesACommunity() {
			return this == FELLOW_MEMBER;
		}

	}

}
