package org.kring.search.internal;

import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.practice.internal.Practice;
import org.kring.search.SearchHit.SnippetPart;
import org.kring.search.SearchRequest;
import org.kring.search.SearchResults;
import org.kring.search.SearchTestSupport;
import org.kring.system.TestPrincipal;
import org.kring.system.search.SearchFields;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small fixed corpus of published practices, one per language, found through the
 * stemmed and normalised forms of their words and despite a typo, each by its own
 * language's words and not by another's.
 */
class SearchRelevanceTests extends SearchTestSupport {

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Practice dutch;

	private Practice english;

	private Practice french;

	private Practice arabic;

	@Autowired
	private TextAnalysers analysers;

	@BeforeEach
	void corpus() {
		TestPrincipal submitter = member("Submitter");
		TestPrincipal coordinator = coordinator("Coordinator");
		this.dutch = publishedIn("nl", "Taalcursus in de wijk",
				"Een taalcursus voor nieuwkomers in hun eigen buurt, met kinderopvang.", "BE", "language", submitter,
				coordinator);
		this.english = publishedIn("en", "Mentoring young refugees into work",
				"Volunteers mentor young refugees while they look for their first jobs.", "IE", "labour-market",
				submitter, coordinator);
		this.french = publishedIn("fr", "Accompagnement des travailleuses migrantes",
				"Un accompagnement individuel des travailleuses dans leurs démarches d’emploi.", "FR", "labour-market",
				submitter, coordinator);
		this.arabic = publishedIn("ar", "دورات اللغة للنساء", "دورات مسائية لتعلم اللغة مع رعاية الأطفال.", "NL",
				"language", submitter, coordinator);
	}

	@Test
	void withoutTheOpenSearchProfileTheIndexIsTheEmbeddedLuceneOneWithItsAnalysers() {
		LuceneBackend backend = Search.mapping(this.entityManagerFactory).backend().unwrap(LuceneBackend.class);
		assertThat(SearchFields.ANALYSERS)
			.allSatisfy((name) -> assertThat(backend.analyzer(name)).as(name).isPresent());
	}

	@Test
	void aDutchPluralFindsTheDutchPracticeThroughItsStem() {
		assertThat(idsFoundBy(null, "taalcursussen")).containsExactly(id(this.dutch));
	}

	@Test
	void anEnglishInflectedFormFindsTheEnglishPractice() {
		assertThat(idsFoundBy(null, "mentored refugee")).containsExactly(id(this.english));
	}

	@Test
	void aFrenchSingularWithoutAccentFindsTheFrenchPractice() {
		assertThat(idsFoundBy(null, "travailleuse demarche")).containsExactly(id(this.french));
	}

	@Test
	void anArabicWordWithTheArticleFindsTheArabicPractice() {
		assertThat(idsFoundBy(null, "الدورات")).containsExactly(id(this.arabic));
	}

	@Test
	void aTypoInALongerWordStillFindsThePractice() {
		assertThat(idsFoundBy(null, "accompagnment")).containsExactly(id(this.french));
		assertThat(idsFoundBy(null, "mentorng")).containsExactly(id(this.english));
	}

	@Test
	void aShortWordIsNotStretchedToOthersByTypoTolerance() {
		assertThat(idsFoundBy(null, "wijs")).isEmpty();
	}

	@Test
	void theTitleRanksAboveAMentionInTheSummary() {
		Practice mentionOnly = publishedIn("en", "Job clubs", "Weekly clubs, sometimes with mentoring.", "IE",
				"labour-market", member("Other"), coordinator("Other coordinator"));
		assertThat(idsFoundBy(null, "mentoring")).containsExactly(id(this.english), id(mentionOnly));
	}

	@Test
	void facetsCountTheThingsFoundPerValue() {
		SearchResults results = this.search.search(null,
				new SearchRequest("taalcursus دورات", null, null, null, null, 1));
		assertThat(results.facets().get("country")).containsEntry("BE", 1L).containsEntry("NL", 1L).hasSize(2);
		assertThat(results.facets().get("language")).containsEntry("nl", 1L).containsEntry("ar", 1L);
		assertThat(results.facets().get("field")).containsEntry("language", 2L).hasSize(1);
		assertThat(results.facets().get("type")).containsEntry("practice", 2L);
	}

	@Test
	void aChosenFacetNarrowsTheResults() {
		SearchResults results = this.search.search(null,
				new SearchRequest("taalcursus دورات", null, "NL", null, null, 1));
		assertThat(results.hits()).extracting((hit) -> hit.id()).containsExactly(id(this.arabic));
		assertThat(results.total()).isEqualTo(1);
	}

	@Test
	void theMatchingWordsAreMarkedInTheSnippet() {
		var hit = this.search.search(null, new SearchRequest("kinderopvang", null, null, null, null, 1)).hits().get(0);
		assertThat(hit.snippet()).anySatisfy((part) -> {
			assertThat(part.marked()).isTrue();
			assertThat(part.text()).isEqualTo("kinderopvang");
		});
	}

	@Test
	void aSnippetMarksTheWordsAsTheHitsLanguageAndTheTypoToleranceMatchThem() {
		var snippet = new Snippets(this.analysers, "taalcursussen vrijwiligers").snippet("nl",
				"Een taalcursus met vrijwilligers, voor iedereen.", null);
		assertThat(snippet).extracting(SnippetPart::text)
			.containsExactly("Een ", "taalcursus", " met ", "vrijwilligers", ", voor iedereen.");
		assertThat(snippet).extracting(SnippetPart::marked).containsExactly(false, true, false, true, false);
	}

	@Test
	void aMatchOnlyInTheBodyShowsThePassageAroundIt() {
		String before = "Wie hier woont, ".repeat(20);
		String after = " en daarna nog veel meer over de buurt".repeat(10);
		var snippet = new Snippets(this.analysers, "kinderopvang").snippet("nl", "Over de buurt.",
				before + "krijgt kinderopvang" + after);
		String shown = snippet.stream().map(SnippetPart::text).collect(Collectors.joining());
		assertThat(shown).startsWith("…").endsWith("…").contains("krijgt kinderopvang en daarna");
		assertThat(shown.length()).isLessThanOrEqualTo(Snippets.FRAGMENT_SIZE + 2);
		assertThat(shown).doesNotContain("  ").doesNotContain("Over de buurt");
		assertThat(snippet).filteredOn(SnippetPart::marked)
			.extracting(SnippetPart::text)
			.containsExactly("kinderopvang");
	}

	@Test
	void withoutAMatchingWordTheSnippetIsTheSummarysStart() {
		var snippet = new Snippets(this.analysers, "fietsles").snippet("nl", "Een taalcursus. ".repeat(20),
				"Ook fietsen.");
		assertThat(snippet).singleElement().satisfies((part) -> {
			assertThat(part.marked()).isFalse();
			assertThat(part.text()).startsWith("Een taalcursus.").endsWith("…");
		});
	}

	@Test
	void changingAPracticeChangesWhatFindsIt() {
		TestPrincipal submitter = member("Draft writer");
		Practice draft = this.practiceRepository
			.save(Practice.draft(description("nl", "Taalcafé op zondag", "Praten bij koffie.", "BE", "language"),
					submitter.id(), Instant.now()));
		draft.describe(description("nl", "Fietslessen in de wijk", "Fietslessen voor vrouwen.", "BE", "mobility"),
				Instant.now());
		this.practiceRepository.save(draft);
		assertThat(idsFoundBy(submitter, "fietslessen")).containsExactly(id(draft));
		assertThat(idsFoundBy(submitter, "taalcafé")).isEmpty();
	}

	private static String id(Practice practice) {
		return practice.id().toString();
	}

}
