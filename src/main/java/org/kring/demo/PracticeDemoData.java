package org.kring.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.practice.PracticeEvaluations;
import org.kring.practice.PracticeEvaluations.Scored;
import org.kring.practice.PracticeRecords;
import org.kring.practice.PracticeRecords.Recorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional good practices for the demo: eight published ones from Belgium, the
 * Netherlands, France, Germany, Italy and Greece, described in Dutch, English, French and
 * one in Arabic, three of them evaluated by two reviewers each, plus one waiting for
 * reviewers and one draft. Every organisation, place and result is invented.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE - 30)
class PracticeDemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(PracticeDemoData.class);

	private static final String FIRST = "Taalcafé in de bibliotheek";

	private final CommunityDemoData communityDemo;

	private final AccountManagement accounts;

	private final PracticeRecords records;

	private final PracticeEvaluations evaluations;

	private final Clock clock;

	PracticeDemoData(CommunityDemoData communityDemo, AccountManagement accounts, PracticeRecords records,
			PracticeEvaluations evaluations, Clock clock) {
		this.evaluations = evaluations;
		this.communityDemo = communityDemo;
		this.accounts = accounts;
		this.records = records;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (load()) {
			logger.info("Loaded fictional demo practices");
		}
	}

	/**
	 * Records the demo practices, all or nothing, unless they are there already.
	 * @return true when they were recorded now
	 */
	@Transactional
	boolean load() {
		this.communityDemo.load();
		if (this.records.exists(FIRST)) {
			return false;
		}
		UUID coordinator = person("jonas.verhelst@kring.example");
		UUID hanne = person("hanne.lievens@kring.example");
		UUID claire = person("claire.dubosquet@kring.example");
		UUID samuel = person("samuel.okonkwo@kring.example");
		UUID chiara = person("chiara.montefalco@kring.example");
		UUID amal = person("amal.k@kring.example");
		Instant now = this.clock.instant();
		List<Recorded> published = List.of(
				practice(FIRST, "Nieuwkomers en buren oefenen elke week Nederlands bij een kop koffie.", "BE", "Gent",
						"education", "WOMEN", "Bibliotheek Fictiestad", 2019, "nl",
						"Elke dinsdag tafels van vier, met een vrijwilliger per tafel en een thema per week."),
				practice("Werkplekleren met een buddy",
						"Een collega begeleidt een nieuwkomer de eerste drie maanden" + " op de werkvloer.", "NL",
						"Utrecht", "labour-market", "REFUGEES", "Stichting Voorbeeldwerk", 2020, "nl",
						"Buddy's krijgen een training van twee dagen en ontmoeten elkaar maandelijks."),
				practice("Housing first for young people leaving reception",
						"Young people turning 19 move from"
								+ " reception into a small flat with a coach instead of a shelter.",
						"BE", "Antwerp", "housing-income", "YOUNG_PEOPLE", "Fictional Housing Cooperative", 2021, "en",
						"A coach visits weekly; the cooperative rents flats and sublets them for two years."),
				practice("Permanence santé sans rendez-vous",
						"Une infirmière et une interprète reçoivent sans"
								+ " rendez-vous les personnes sans titre de séjour.",
						"FR", "Lille", "health-care", "UNDOCUMENTED", "Association Santé Imaginaire", 2018, "fr",
						"Deux après-midi par semaine, avec orientation vers les soins gratuits."),
				practice("Elterncafé an der Grundschule",
						"Parents meet teachers monthly over breakfast, with"
								+ " interpreters, to understand the school.",
						"DE", "Köln", "education", "FAMILIES", "Fictional Parents' Network", 2022, "en",
						"A breakfast each month, one theme each time, interpreters for the four main languages."),
				practice("Sportello lavoro per richiedenti asilo",
						"A weekly desk helps asylum seekers prepare a CV" + " and find vocational training.", "IT",
						"Bologna", "labour-market", "ASYLUM_SEEKERS", "Fictional Job Desk", 2020, "en",
						"Volunteers with HR experience review CVs and practise interviews."),
				practice("Accompagnement juridique des demandeurs d’asile",
						"Des juristes bénévoles préparent" + " l’entretien d’asile avec chaque demandeur.", "GR",
						"Thessalonique", "social-protection", "ASYLUM_SEEKERS", "Réseau Juridique Fictif", 2017, "fr",
						"Trois rencontres avant l’entretien, avec un interprète et un dossier écrit."),
				practice("دائرة النساء للتوجيه المهني",
						"تلتقي النساء القادمات الجدد أسبوعيًا لتبادل الخبرات والبحث عن" + " عمل مع مرشدة.", "NL",
						"Rotterdam", "labour-market", "WOMEN", "Fictieve Vrouwenwerkplaats", 2023, "ar",
						"لقاء أسبوعي في مركز الحي، مع مرشدة وزيارات إلى أصحاب العمل."));
		List<UUID> submitters = List.of(hanne, samuel, samuel, claire, chiara, chiara, claire, amal);
		Map<Integer, Map<UUID, Scored>> evaluated = Map.of(0,
				Map.of(samuel, new Scored(4, "Easy to start in any library; volunteers stay for years."), chiara,
						new Scored(5, "Newcomers choose the themes themselves.")),
				2,
				Map.of(hanne, new Scored(4, "A clear answer to a gap at age 19."), claire,
						new Scored(3, "Depends on a cooperative that owns flats.")),
				3, Map.of(samuel, new Scored(5, "Reaches people no other service reaches."), hanne,
						new Scored(4, "Funding is fragile.")));
		for (int i = 0; i < published.size(); i++) {
			Map<UUID, Scored> scores = evaluated.get(i);
			UUID id = this.records.record(published.get(i), submitters.get(i), coordinator,
					(scores != null) ? "SUBMITTED" : "PUBLISHED", now.minus(Duration.ofDays(200 - 20L * i)));
			if (scores != null) {
				this.evaluations.evaluate(id, coordinator, scores,
						"The reviewers found it relevant and easy to transfer; see their scores per criterion.");
			}
		}
		this.records.record(
				practice("Fietsles voor vrouwen",
						"Vrijwilligsters leren nieuwkomende vrouwen fietsen" + " in het park.", "BE", "Mechelen",
						"social-protection", "WOMEN", "Fictieve Fietsschool", 2024, "nl",
						"Tien lessen op zaterdag, fietsen te leen."),
				hanne, coordinator, "SUBMITTED", now.minus(Duration.ofDays(10)));
		this.records.record(
				practice("Repair café as a meeting place", "Newcomers repair things with neighbours.", "BE", "Leuven",
						"education", "OTHERS", "Fictional Repair Club", 2024, "en", "Monthly on Saturday."),
				samuel, coordinator, "DRAFT", now.minus(Duration.ofDays(3)));
		return true;
	}

	private static Recorded practice(String title, String summary, String country, String region, String field,
			String group, String organisation, int year, String language, String activities) {
		return new Recorded(title, summary, country, region, Set.of(field), Set.of(group), organisation, year, null,
				activities, null, null, language, Set.of(language));
	}

	private UUID person(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
