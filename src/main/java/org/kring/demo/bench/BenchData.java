package org.kring.demo.bench;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the {@code bench} instance's database with as many generated published practices
 * and publications as {@link BenchSettings} asks, for measuring the search. Written with
 * JDBC batches rather than through the entities, so that 50,000 practices take seconds;
 * the search index, empty in the bench data directory, is then built from them when the
 * instance is ready ({@code SearchIndex} logs how long that took). Each kind is loaded
 * all or nothing, and only while its table is nearly empty, so a restart loads nothing
 * twice.
 */
@Component
@Profile("bench")
@EnableConfigurationProperties(BenchSettings.class)
class BenchData implements ApplicationRunner {

	/**
	 * Fewer rows than this count as an empty table (a few hand-made ones may be there).
	 */
	static final int NEARLY_EMPTY = 100;

	private static final int BATCH = 1000;

	private static final long SEED = 7;

	private static final List<String> FIELDS = List.of("social-protection", "health-care", "labour-market", "education",
			"housing-income");

	private static final List<String> TARGET_GROUPS = List.of("WOMEN", "YOUNG_PEOPLE", "REFUGEES", "ASYLUM_SEEKERS",
			"UNDOCUMENTED", "FAMILIES", "OTHERS");

	private static final List<String> KINDS = List.of("REPORT", "GUIDELINE", "METHODOLOGY_HANDBOOK",
			"TRAINING_CURRICULUM", "ESSAY", "INTERVIEW", "PRACTICAL_ARTICLE", "FACTSHEET", "TOOLKIT");

	/** Who generated knowledge says submitted it: nobody's account. */
	private static final UUID GENERATOR = UUID.nameUUIDFromBytes("kring-bench".getBytes());

	private static final Logger logger = LoggerFactory.getLogger(BenchData.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final BenchSettings settings;

	BenchData(JdbcTemplate jdbc, PlatformTransactionManager transactions, BenchSettings settings) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		BenchTexts texts = new BenchTexts(new Random(SEED));
		load("practice", this.settings.practices(), (n) -> practices(texts, n));
		load("library_publication", this.settings.publications(), (n) -> publications(texts, n));
	}

	private void load(String table, int wanted, IntFunction<List<Batch>> generate) {
		Integer present = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		if (wanted <= 0 || present == null || present >= NEARLY_EMPTY) {
			return;
		}
		long start = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> {
			for (int done = 0; done < wanted; done += BATCH) {
				generate.apply(Math.min(BATCH, wanted - done)).forEach((batch) -> batch.insert(this.jdbc));
			}
		});
		logger.info("Generated {} rows of {} in {} ms; the search index is built from them once the instance is ready",
				wanted, table, Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	private List<Batch> practices(BenchTexts texts, int count) {
		Batch practice = new Batch("insert into practice (id, title, summary, country, region, organisation_name,"
				+ " start_year, still_running, context, objectives, activities, results, language, state,"
				+ " submitted_by, created_at, updated_at, published_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?)");
		Batch fields = new Batch("insert into practice_field (practice_id, field_code) values (?, ?)");
		Batch groups = new Batch("insert into practice_target_group (practice_id, target_group) values (?, ?)");
		Batch languages = new Batch("insert into practice_language (practice_id, language) values (?, ?)");
		Batch published = new Batch("insert into practice_state_change (id, practice_id, state, changed_at,"
				+ " changed_by) values (?, ?, 'PUBLISHED', ?, ?)");
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			Vocabulary words = texts.language();
			String country = texts.country();
			String city = texts.city(country);
			OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(texts.between(1, 3000));
			practice.add(id, texts.practiceTitle(words, city), texts.sentences(words, 2), country, city,
					texts.organisation(words, city), texts.between(2005, 2025), texts.between(0, 3) > 0,
					texts.sentences(words, 2), texts.sentences(words, 2), texts.sentences(words, 3),
					texts.sentences(words, 2), words.language(), GENERATOR, at, at, at);
			String field = texts.pick(FIELDS);
			fields.add(id, field);
			String other = texts.pick(FIELDS);
			if (!other.equals(field)) {
				fields.add(id, other);
			}
			groups.add(id, texts.pick(TARGET_GROUPS));
			languages.add(id, words.language());
			published.add(UUID.randomUUID(), id, at, GENERATOR);
		}
		return List.of(practice, fields, groups, languages, published);
	}

	private List<Batch> publications(BenchTexts texts, int count) {
		Batch publication = new Batch("insert into library_publication (id, kind, language, title, summary,"
				+ " authors, project, publication_year, licence, file_text, created_by, created_at, updated_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, 'CC-BY-4.0', ?, ?, ?, ?)");
		Batch version = new Batch("insert into library_version (id, publication_id, number, created_by, created_at)"
				+ " values (?, ?, 1, ?, ?)");
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			Vocabulary words = texts.language();
			String city = texts.city(texts.country());
			OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusDays(texts.between(1, 3000));
			publication.add(id, texts.pick(KINDS), words.language(), texts.publicationTitle(words),
					texts.sentences(words, 3), texts.organisation(words, city), texts.organisation(words, city),
					texts.between(2010, 2025), texts.sentences(words, 12), GENERATOR, at, at);
			version.add(UUID.randomUUID(), id, GENERATOR, at);
		}
		return List.of(publication, version);
	}

	/** The rows one statement inserts, sent as one JDBC batch. */
	private record Batch(String sql, List<Object[]> rows) {

		Batch(String sql) {
			this(sql, new ArrayList<>());
		}

		void add(Object... values) {
			this.rows.add(values);
		}

		void insert(JdbcTemplate jdbc) {
			jdbc.batchUpdate(this.sql, this.rows);
		}

	}

}
