package org.kring.expertise.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.expertise.Availability;
import org.kring.expertise.ExpertSystemTests;
import org.kring.expertise.ProfileVisibility;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder's SQL on a crafted set of profiles: each kind of reader finds exactly the
 * profiles the visibility rule lets them see, ranked by criteria met, then years in the
 * requested fields, then name.
 */
class ExpertSearchSystemTests extends ExpertSystemTests {

	@Autowired
	private ExpertSearch search;

	@Test
	void aVisitorFindsOnlyProfilesForEveryone() {
		assertThat(names(ProfileViewer.everyone(), ExpertCriteria.NONE)).containsExactly("Dora Finder", "Eli Finder",
				"Alba Finder");
	}

	@Test
	void aMemberSharingNoCommunityWithTheOwnersFindsOnlyProfilesForEveryone() {
		assertThat(names(viewer(this.gus), ExpertCriteria.NONE)).containsExactly("Dora Finder", "Eli Finder",
				"Alba Finder");
	}

	@Test
	void aFellowMemberAlsoFindsTheProfilesForTheOwnersCommunities() {
		assertThat(names(viewer(this.fenna), ExpertCriteria.NONE)).containsExactly("Dora Finder", "Eli Finder",
				"Alba Finder", "Bram Finder");
	}

	@Test
	void coordinatorsAndAdministratorsFindEveryProfile() {
		for (TestPrincipal instanceWide : List.of(this.coordinator, this.administrator)) {
			assertThat(names(viewer(instanceWide), ExpertCriteria.NONE)).containsExactly("Dora Finder", "Eli Finder",
					"Cas Finder", "Alba Finder", "Bram Finder");
		}
	}

	@Test
	void theOwnerFindsTheirOwnProfileWhateverItsVisibility() {
		assertThat(names(viewer(this.cas), ExpertCriteria.NONE)).contains("Cas Finder").doesNotContain("Bram Finder");
		assertThat(names(viewer(this.bram), ExpertCriteria.NONE)).contains("Bram Finder").doesNotContain("Cas Finder");
	}

	@Test
	void theSqlLetsThroughExactlyWhatTheVisibilityRuleAllows() {
		Map<UUID, ProfileVisibility> visibility = Map.of(this.alba.id(), ProfileVisibility.EVERYONE, this.bram.id(),
				ProfileVisibility.COMMUNITIES, this.cas.id(), ProfileVisibility.COORDINATORS, this.dora.id(),
				ProfileVisibility.EVERYONE, this.eli.id(), ProfileVisibility.EVERYONE);
		for (TestPrincipal reader : List.of(this.alba, this.bram, this.cas, this.fenna, this.gus, this.coordinator,
				this.administrator)) {
			ProfileViewer viewer = viewer(reader);
			Set<UUID> expected = new java.util.HashSet<>(visibility.keySet());
			expected.removeIf((owner) -> !viewer.maySee(owner, visibility.get(owner)));
			assertThat(ids(viewer, ExpertCriteria.NONE)).as(reader.displayName()).isEqualTo(expected);
		}
		assertThat(ids(ProfileViewer.everyone(), ExpertCriteria.NONE))
			.isEqualTo(Set.of(this.alba.id(), this.dora.id(), this.eli.id()));
	}

	@Test
	void moreCriteriaMetRanksHigherAndAProfileMeetingNoneIsLeftOut() {
		ExpertCriteria criteria = criteria(Set.of("health-care"), Set.of("nl"), Set.of("BE"));
		ExpertResults results = this.search.search(criteria, viewer(this.administrator), 1, 100, Locale.ENGLISH);
		List<ExpertRow> mine = results.experts().stream().filter((row) -> crafted().contains(row.id())).toList();
		// Alba and Bram meet all three (Alba with more years), Eli two, Cas one; Dora
		// none
		assertThat(mine).extracting(ExpertRow::name)
			.containsExactly("Alba Finder", "Bram Finder", "Eli Finder", "Cas Finder");
		assertThat(mine).extracting(ExpertRow::met).containsExactly(3, 3, 2, 1);
		assertThat(results.criteria()).isEqualTo(3);
	}

	@Test
	void experienceCountsOnlyTheRequestedFields() {
		// Eli has 27 years in all but 2 in health care; Cas 20 in health care
		List<String> byHealthCare = names(viewer(this.administrator),
				criteria(Set.of("health-care"), Set.of(), Set.of()));
		assertThat(byHealthCare).containsExactly("Cas Finder", "Alba Finder", "Bram Finder", "Eli Finder");
		List<String> byAll = names(viewer(this.administrator), ExpertCriteria.NONE);
		assertThat(byAll.indexOf("Eli Finder")).isLessThan(byAll.indexOf("Cas Finder"));
	}

	@Test
	void everyKindOfCriterionCounts() {
		ExpertCriteria criteria = new ExpertCriteria(Set.of(), Set.of("migration-expertise", "english"), Set.of(),
				Set.of(), Set.of(Availability.REVIEWER, Availability.CHALLENGE_MENTOR), Set.of(this.organisation.id()));
		ExpertResults results = this.search.search(criteria, viewer(this.administrator), 1, 100, Locale.ENGLISH);
		List<ExpertRow> mine = results.experts().stream().filter((row) -> crafted().contains(row.id())).toList();
		assertThat(mine).extracting(ExpertRow::name).containsExactly("Alba Finder", "Dora Finder");
		assertThat(mine).extracting(ExpertRow::met).containsExactly(3, 2);
	}

	@Test
	void aResultCarriesTheProfileWithItsOrganisationAndNoAddress() {
		ExpertRow alba = this.search
			.search(criteria(Set.of("health-care"), Set.of("en"), Set.of()), ProfileViewer.everyone(), 1, 100,
					Locale.ENGLISH)
			.experts()
			.stream()
			.filter((row) -> row.id().equals(this.alba.id()))
			.findFirst()
			.orElseThrow();
		assertThat(alba.organisation()).isNotNull();
		assertThat(alba.organisation().name()).isEqualTo("Finder House");
		assertThat(alba.fields()).containsExactly(new ExpertRow.FieldYears("health-care", 10),
				new ExpertRow.FieldYears("education", 1));
		assertThat(alba.languages()).containsExactly("en", "nl");
		assertThat(alba.countries()).containsExactly("BE");
		assertThat(alba.qualifications()).containsExactly("english");
		assertThat(alba.availability()).containsExactly(Availability.REVIEWER);
		assertThat(alba.toString()).doesNotContain("@");
	}

	@Test
	void pagesSplitTheRankedResults() {
		ExpertCriteria criteria = new ExpertCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
				Set.of(this.organisation.id()));
		this.experts.add(UUID.randomUUID(), ProfileVisibility.EVERYONE, this.organisation.id(), Map.of("education", 3),
				Set.of(), Set.of(), Set.of(), Set.of());
		this.experts.add(UUID.randomUUID(), ProfileVisibility.EVERYONE, this.organisation.id(), Map.of("education", 2),
				Set.of(), Set.of(), Set.of(), Set.of());
		ExpertResults first = this.search.search(criteria, ProfileViewer.everyone(), 1, 2, Locale.ENGLISH);
		ExpertResults second = this.search.search(criteria, ProfileViewer.everyone(), 2, 2, Locale.ENGLISH);
		ExpertResults beyond = this.search.search(criteria, ProfileViewer.everyone(), 3, 2, Locale.ENGLISH);
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.experts()).extracting(ExpertRow::name).first().isEqualTo("Alba Finder");
		assertThat(first.experts()).hasSize(2);
		assertThat(second.experts()).hasSize(1);
		assertThat(beyond.experts()).isEmpty();
		assertThat(beyond.total()).isEqualTo(3);
	}

	private ProfileViewer viewer(TestPrincipal reader) {
		return ProfileViewer.of(reader, ProfileViewer.seesEveryProfile(reader) ? Set.of()
				: this.communityManagement.fellowMembersOf(reader.id()));
	}

	private static ExpertCriteria criteria(Set<String> fields, Set<String> languages, Set<String> countries) {
		return new ExpertCriteria(fields, Set.of(), languages, countries, Set.of(), Set.of());
	}

	private List<String> names(ProfileViewer viewer, ExpertCriteria criteria) {
		return this.search.search(criteria, viewer, 1, 10_000, Locale.ENGLISH)
			.experts()
			.stream()
			.filter((row) -> crafted().contains(row.id()))
			.map(ExpertRow::name)
			.toList();
	}

	private Set<UUID> ids(@Nullable ProfileViewer viewer, ExpertCriteria criteria) {
		return this.search.search(criteria, viewer, 1, 10_000, Locale.ENGLISH)
			.experts()
			.stream()
			.map(ExpertRow::id)
			.filter(crafted()::contains)
			.collect(java.util.stream.Collectors.toSet());
	}

}
