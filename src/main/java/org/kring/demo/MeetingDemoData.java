package org.kring.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.kring.account.AccountManagement;
import org.kring.community.CommunityManagement;
import org.kring.meeting.MeetingRecords;
import org.kring.meeting.PastMeeting;
import org.kring.meeting.ProductKind;
import org.kring.meeting.SeriesPlan;
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
 * Fictional meetings for the demo: the learning network's bi-monthly "maaksessies" (seed
 * 004), three of them past and closed with their products, the next ones open for
 * registration with a theme the group chose on its agenda, and a public seminar of the
 * women newcomers' community.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class MeetingDemoData implements ApplicationRunner {

	/** The learning network whose meetings the demo shows. */
	static final String NETWORK = "leernetwerk-zonder-papieren";

	static final String FACILITATOR = "tariq.benhaddou@kring.example";

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final String PLACE = "Huis van de Vrijwilliger, Lindenstraat 7, 9000 Gent";

	private static final Logger logger = LoggerFactory.getLogger(MeetingDemoData.class);

	private final CommunityDemoData communityDemo;

	private final CommunityManagement communities;

	private final AccountManagement accounts;

	private final MeetingRecords meetings;

	private final Clock clock;

	MeetingDemoData(CommunityDemoData communityDemo, CommunityManagement communities, AccountManagement accounts,
			MeetingRecords meetings, Clock clock) {
		this.communityDemo = communityDemo;
		this.communities = communities;
		this.accounts = accounts;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int planned = load();
		if (planned > 0) {
			logger.info("Planned {} fictional demo meetings", planned);
		}
	}

	/**
	 * Plans the demo meetings unless the learning network has meetings already.
	 * @return how many meetings were planned
	 */
	@Transactional
	int load() {
		this.communityDemo.load();
		UUID network = this.communities.findBySlug(NETWORK).orElseThrow().id();
		if (this.meetings.hasMeetings(network)) {
			return 0;
		}
		UUID tariq = person(FACILITATOR);
		LocalDate today = LocalDate.now(this.clock.withZone(BRUSSELS));
		int planned = past(network, tariq, today);
		List<UUID> upcoming = this.meetings.startSeries(network,
				new SeriesPlan("Maaksessie leernetwerk",
						"Om de twee maanden op de tweede dinsdag: één thema, en we gaan naar huis met iets concreets.",
						2, 2, DayOfWeek.TUESDAY, today, LocalTime.of(19, 30), BRUSSELS, Duration.ofMinutes(150), PLACE,
						"Zaal Atelier", 12),
				tariq);
		planned += upcoming.size();
		agenda(network, tariq, upcoming.get(0));
		for (String member : List.of("kestrel@kring.example", "amal.k@kring.example", "wout.claeskens@kring.example",
				"greet.vanhoorebeke@kring.example")) {
			this.meetings.register(upcoming.get(0), person(member));
		}
		this.meetings.registerByNickname(upcoming.get(0), tariq, "Merel");
		UUID women = this.communities.findBySlug(CommunityDemoData.MARKER).orElseThrow().id();
		this.meetings.schedulePublic(women, "Open seminar: women newcomers and the labour market",
				"Recognition of diplomas",
				"Five partner organisations present what helps women newcomers have their diplomas and experience"
						+ " recognised, followed by questions from the floor. Everyone is welcome.",
				today.plusWeeks(5).atTime(14, 0).atZone(BRUSSELS), Duration.ofHours(3),
				"Conference centre De Linde, Marktplein 3, 3000 Leuven", 80, person("claire.dubosquet@kring.example"));
		return planned + 1;
	}

	private int past(UUID network, UUID tariq, LocalDate today) {
		List<UUID> regulars = List.of(person("zilverreiger@kring.example"), person("kestrel@kring.example"),
				person("amal.k@kring.example"), person("wout.claeskens@kring.example"));
		this.meetings
			.recordPast(network, new PastMeeting("Maaksessie: dringende medische hulp", "Medische zorg zonder papieren",
					secondTuesday(today.minusMonths(6)), Duration.ofMinutes(150), PLACE, """
							## Wat we hoorden
							Vrijwilligers wachten vaak **weken** op een attest voor dringende medische hulp.

							## Afspraken
							- Een stappenplan voor vrijwilligers, op één blad.
							- Een gezamenlijk signaal aan het stadsbestuur.
							""", regulars,
					List.of(new PastMeeting.Product(ProductKind.TOOL, "Stappenplan dringende medische hulp",
							"Wie vraagt het attest aan, welke papieren horen erbij, wat als het te lang duurt.", null,
							null),
							new PastMeeting.Product(ProductKind.JOINT_SIGNAL,
									"Wachttijden voor een attest dringende medische hulp",
									"We vragen een antwoord binnen vijf werkdagen.", "Stadsbestuur Lindeveld", null))),
					tariq);
		this.meetings.recordPast(network,
				new PastMeeting("Maaksessie: onderdak in de winter", "Onderdak", secondTuesday(today.minusMonths(4)),
						Duration.ofMinutes(150), PLACE, """
								## Wat we hoorden
								De nachtopvang vraagt soms een domicilie dat mensen zonder papieren niet kunnen hebben.
								""", regulars.subList(0, 3),
						List.of(new PastMeeting.Product(
								ProductKind.ACTION_PROPOSAL, "Een wekelijkse lijst van nachtopvang met vrije plaatsen",
								"Twee vrijwilligers houden de lijst bij en delen ze elke maandag.", null, null),
								new PastMeeting.Product(ProductKind.LEGISLATION_TEST,
										"Het domicilie als voorwaarde voor opvang",
										"In de praktijk sluit de regel precies de mensen uit voor wie de opvang bedoeld is.",
										null, "Opvangreglement Lindeveld, artikel 12"))),
				tariq);
		this.meetings.recordPast(network, new PastMeeting("Maaksessie: uitbuiting op het werk",
				"Uitbuiting op het werk", secondTuesday(today.minusMonths(2)), Duration.ofMinutes(150), PLACE, """
						## Wat we hoorden
						Wie zonder papieren werkt, durft zelden een klacht in te dienen.
						""", regulars, List.of(new PastMeeting.Product(ProductKind.TOOL,
						"Kaartje: je rechten als werknemer", "Op bankkaartformaat, in vijf talen.", null, null))),
				tariq);
		return 3;
	}

	private void agenda(UUID network, UUID tariq, UUID nextMeeting) {
		UUID zilverreiger = person("zilverreiger@kring.example");
		UUID kestrel = person("kestrel@kring.example");
		UUID amal = person("amal.k@kring.example");
		UUID wout = person("wout.claeskens@kring.example");
		UUID mental = this.meetings.proposeTheme(network, zilverreiger, "Psychische zorg voor mensen zonder papieren",
				"Veel mensen die we bijstaan, slapen slecht en piekeren; we weten niet waar we hen heen kunnen sturen.");
		this.meetings.supportTheme(network, mental, kestrel);
		this.meetings.supportTheme(network, mental, amal);
		this.meetings.supportTheme(network, mental, wout);
		this.meetings.scheduleTheme(network, mental, nextMeeting, tariq);
		UUID school = this.meetings.proposeTheme(network, amal, "Kinderen naar school zonder papieren",
				"Scholen vragen soms papieren die ouders niet hebben.");
		this.meetings.supportTheme(network, school, person("greet.vanhoorebeke@kring.example"));
		this.meetings.proposeTheme(network, wout, "Veilig een klacht indienen bij de politie",
				"Wie aangifte doet, vreest zelf opgepakt te worden.");
	}

	private static ZonedDateTime secondTuesday(LocalDate inMonth) {
		return inMonth.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY)).atTime(19, 30).atZone(BRUSSELS);
	}

	private UUID person(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

}
