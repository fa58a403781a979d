package org.kring.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kring.expertise.ExpertProfile;
import org.kring.expertise.ExpertProfiles;
import org.kring.expertise.FieldExperience;
import org.kring.expertise.ProfileVisibility;
import org.kring.practice.PracticeTestSupport;
import org.kring.practice.internal.ContactVisibility;
import org.kring.practice.internal.Practice;
import org.kring.practice.internal.PracticeDescription;
import org.kring.practice.internal.TargetGroup;
import org.kring.search.internal.SearchIndex;
import org.kring.search.internal.SearchQueries;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application for the search's tests: people, communities, meetings and
 * practices as the practice module's tests make them, expert profiles, and an index
 * emptied after each test (the fixtures delete rows with SQL, which the index does not
 * see).
 */
public abstract class SearchTestSupport extends PracticeTestSupport {

	@Autowired
	protected SearchQueries search;

	@Autowired
	protected SearchIndex index;

	@Autowired
	protected ExpertProfiles expertProfiles;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private final List<UUID> experts = new ArrayList<>();

	@BeforeEach
	void waitForTheIndexBuiltOnStart() {
		this.index.lastRebuild().join();
	}

	/** Empties the index, as the fixtures' SQL deletions are not seen by it. */
	@AfterEach
	protected void emptyIndex() {
		this.index.lastRebuild().join();
		Search.mapping(this.entityManagerFactory).scope(Object.class).workspace().purge();
	}

	@AfterEach
	void deleteExpertProfiles() {
		this.experts.forEach((person) -> this.jdbc.update("delete from expertise_profile where person_id = ?", person));
		this.experts.clear();
	}

	/** An expert profile saved through the expertise module, in one field and country. */
	protected ExpertProfile expertProfile(TestPrincipal owner, ProfileVisibility visibility, String biography,
			@Nullable String fieldNote) {
		ExpertProfile profile = new ExpertProfile(owner.id(), null, biography, visibility,
				List.of(new FieldExperience("housing-income", 12, fieldNote)), List.of(), List.of("nl"), List.of("BE"),
				Set.of());
		this.experts.add(owner.id());
		this.expertProfiles.save(profile);
		return profile;
	}

	/** A published practice written in a language. */
	protected Practice publishedIn(String language, String title, String summary, String country, String field,
			TestPrincipal submitter, TestPrincipal coordinator) {
		return this.practices.published(submitter, description(language, title, summary, country, field), coordinator);
	}

	protected static PracticeDescription description(String language, String title, @Nullable String summary,
			String country, String field) {
		// The rest of the template holds no word, so that only title and summary are
		// searched.
		String none = "…";
		return new PracticeDescription(title, summary, country, none, Set.of(field), Set.of(TargetGroup.WOMEN), null,
				none, 2022, true, none, none, none, none, none, none, none, null, null, ContactVisibility.NOBODY,
				language, Set.of(language), List.of());
	}

	/** What someone finds, as ids. */
	protected List<String> idsFoundBy(@Nullable TestPrincipal who, String text) {
		return this.search.search(who, new SearchRequest(text, null, null, null, null, 1))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

}
