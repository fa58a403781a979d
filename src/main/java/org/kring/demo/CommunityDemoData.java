package org.kring.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;
import org.kring.community.CommunityDraft;
import org.kring.community.CommunityDraft.Place;
import org.kring.community.CommunityDraft.Text;
import org.kring.community.CommunityKind;
import org.kring.community.CommunityManagement;
import org.kring.community.CommunityRole;
import org.kring.community.JoinPolicy;
import org.kring.community.Visibility;
import org.kring.organisation.OrganisationManagement;
import org.kring.organisation.OrganisationSummary;
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
 * Loads four fictional communities on start-up, once, after the demo people: a community
 * of practice on women newcomers across five countries, a volunteers' learning network on
 * people without legal residence in two Flemish provinces, a provincial expert pool and a
 * youth advisory body. The first community's presence marks them as loaded.
 */
@Component
@Profile("dev")
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class CommunityDemoData implements ApplicationRunner {

	static final String MARKER = "women-newcomers-cop";

	/**
	 * The demo people who show their organisation to the members of their communities.
	 */
	private static final List<String> SHARING_ORGANISATION = List.of("claire.dubosquet@kring.example",
			"hanne.lievens@kring.example", "samuel.okonkwo@kring.example", "lene.brandvold@kring.example",
			"chiara.montefalco@kring.example");

	/**
	 * The partner organisations of each community, by slug and by the organisations'
	 * names.
	 */
	private static final Map<String, List<String>> PARTNERS = Map.of(MARKER,
			List.of("Huis van de Nieuwkomer", "Kennisinstituut Dijkhaven", "Maison des Passerelles",
					"Brückenwerk Leipzig", "Rete Accoglienza Diffusa"),
			"leernetwerk-zonder-papieren", List.of("Huis van de Nieuwkomer", "Stemmen Zonder Papieren"),
			"expertpool-nieuwkomers-limburg", List.of("Provincie Scheldeland"));

	private static final Logger logger = LoggerFactory.getLogger(CommunityDemoData.class);

	private final DemoData people;

	private final AccountManagement accounts;

	private final CommunityManagement communities;

	private final DemoOrganisations organisations;

	private final OrganisationManagement organisationDirectory;

	CommunityDemoData(DemoData people, AccountManagement accounts, CommunityManagement communities,
			DemoOrganisations organisations, OrganisationManagement organisationDirectory) {
		this.people = people;
		this.accounts = accounts;
		this.communities = communities;
		this.organisations = organisations;
		this.organisationDirectory = organisationDirectory;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = load();
		if (created > 0) {
			logger.info("Loaded {} fictional demo communities", created);
		}
	}

	/**
	 * Creates the demo communities with their members, all or nothing, unless the first
	 * one exists. Loads the demo people first if they are not there yet, whatever order
	 * the runners start in.
	 * @return how many communities were created
	 */
	@Transactional
	int load() {
		if (this.communities.findBySlug(MARKER).isPresent()) {
			return 0;
		}
		this.people.load();
		this.organisations.load();
		Map<String, UUID> organisationIds = this.organisationDirectory.all()
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::name, OrganisationSummary::id, (first, second) -> first));
		List<DemoCommunity> all = List.of(womenNewcomers(), withoutPapers(), expertPool(), youthCouncil());
		SHARING_ORGANISATION.forEach((email) -> this.communities.shareOrganisationEverywhere(person(email)));
		for (DemoCommunity community : all) {
			UUID id = this.communities.start(community.draft(), person(community.facilitator()));
			community.members().forEach((email, role) -> this.communities.enrol(id, person(email), role));
			this.communities.partner(id,
					PARTNERS.getOrDefault(community.draft().slug(), List.of())
						.stream()
						.map(organisationIds::get)
						.collect(Collectors.toSet()));
		}
		return all.size();
	}

	private UUID person(String email) {
		return this.accounts.findByEmail(email).map(PersonSummary::id).orElseThrow();
	}

	private static DemoCommunity womenNewcomers() {
		return new DemoCommunity(new CommunityDraft(MARKER, CommunityKind.COMMUNITY_OF_PRACTICE, Visibility.PUBLIC,
				JoinPolicy.ON_APPROVAL, "en", "Women newcomers: a community of practice",
				"How women who arrive in Europe find their way to work, learning, care and a social network, and what"
						+ " keeps them from it.",
				"Experts from five partner organisations in five countries meet online every second month, compare"
						+ " what works in their country and write it down as good practices and a shared handbook.",
				List.of("women", "labour market", "education", "social protection"),
				List.of(new Place("BE",
						""), new Place("NL", ""), new Place("FR", ""), new Place("IT", ""), new Place("DE", "")),
				List.of("en", "fr", "nl"),
				Map.of("nl", new Text("Nieuwkomende vrouwen: een praktijkgemeenschap",
						"Hoe vrouwen die in Europa aankomen hun weg vinden naar werk, leren, zorg en een sociaal netwerk,"
								+ " en wat hen tegenhoudt.",
						null), "fr",
						new Text("Femmes nouvellement arrivées : une communauté de pratique", null, null))),
				"claire.dubosquet@kring.example",
				Map.of("jonas.verhelst@kring.example", CommunityRole.MEMBER, "hanne.lievens@kring.example",
						CommunityRole.EXPERT, "samuel.okonkwo@kring.example", CommunityRole.EXPERT,
						"greet.vanhoorebeke@kring.example", CommunityRole.EXPERT, "lene.brandvold@kring.example",
						CommunityRole.EXPERT, "chiara.montefalco@kring.example", CommunityRole.EXPERT,
						"petra.lindqvist@kring.example", CommunityRole.MEMBER, "marielou.devillers@kring.example",
						CommunityRole.OBSERVER));
	}

	private static DemoCommunity withoutPapers() {
		return new DemoCommunity(new CommunityDraft("leernetwerk-zonder-papieren", CommunityKind.LEARNING_NETWORK,
				Visibility.PUBLIC, JoinPolicy.ON_APPROVAL, "nl", "Leernetwerk mensen zonder wettig verblijf",
				"Vrijwilligers die mensen zonder wettig verblijf bijstaan, lopen tegen dezelfde muren aan: medische"
						+ " zorg, onderdak, uitbuiting op het werk. Samen weten we meer.",
				"Om de twee maanden een maaksessie rond één thema dat de groep vooraf kiest; elke sessie levert een"
						+ " handige tool, een gezamenlijk signaal of een aanzet tot actie op.",
				List.of("people without legal residence", "health care", "housing", "volunteers"),
				List.of(new Place("BE", "Oost-Vlaanderen"), new Place("BE", "West-Vlaanderen")), List.of("nl"),
				Map.of("en", new Text("Learning network on people without legal residence", null, null), "fr",
						new Text("Réseau d’apprentissage sur les personnes sans séjour légal", null, null), "ar",
						new Text("شبكة تعلّم حول الأشخاص بلا إقامة قانونية", null, null))),
				"tariq.benhaddou@kring.example",
				Map.of("zilverreiger@kring.example", CommunityRole.MEMBER, "kestrel@kring.example",
						CommunityRole.MEMBER, "amal.k@kring.example", CommunityRole.MEMBER,
						"wout.claeskens@kring.example", CommunityRole.MEMBER, "greet.vanhoorebeke@kring.example",
						CommunityRole.EXPERT, "jonas.verhelst@kring.example", CommunityRole.OBSERVER));
	}

	private static DemoCommunity expertPool() {
		return new DemoCommunity(new CommunityDraft("expertpool-nieuwkomers-limburg", CommunityKind.EXPERT_POOL,
				Visibility.MEMBERS_ONLY, JoinPolicy.BY_INVITATION, "nl", "Expertpool nieuwkomers provincie Limburg",
				"Gemeenten en organisaties in de provincie zoeken snel iemand die de weg kent in verblijfsrecht,"
						+ " onderwijs of werk voor nieuwkomers.",
				"De provincie nodigt experts uit; wie een vraag heeft, vindt hier iemand die spreekt op een"
						+ " bijeenkomst of meeleest.",
				List.of("labour market", "education", "residence law"), List.of(new Place("BE", "Limburg")),
				List.of("nl", "en"), Map.of("en", new Text("Newcomers expert pool, province of Limburg", null, null))),
				"jonas.verhelst@kring.example",
				Map.of("hanne.lievens@kring.example", CommunityRole.EXPERT, "samuel.okonkwo@kring.example",
						CommunityRole.EXPERT, "youssef.aitlahcen@kring.example", CommunityRole.MEMBER));
	}

	private static DemoCommunity youthCouncil() {
		return new DemoCommunity(new CommunityDraft("youth-advisory-council", CommunityKind.ADVISORY_BODY,
				Visibility.SECRET, JoinPolicy.BY_INVITATION, "en", "Youth advisory council (19–26)",
				"Young newcomers between 19 and 26 tell the authorities what their policies do to people like them.",
				"A dozen young people meet once a month, prepare recommendations together and follow up on the"
						+ " answers they get.",
				List.of("youth", "participation"), List.of(new Place("BE", "")), List.of("en", "nl", "fr", "ar"),
				Map.of("nl", new Text("Jongerenadviesraad (19–26)", null, null), "fr",
						new Text("Conseil consultatif des jeunes (19–26)", null, null), "ar",
						new Text("المجلس الاستشاري للشباب (19–26)", null, null))),
				"tariq.benhaddou@kring.example",
				Map.of("dalia.haroun@kring.example", CommunityRole.MEMBER, "bramble@kring.example",
						CommunityRole.MEMBER, "youssef.aitlahcen@kring.example", CommunityRole.MEMBER,
						"amal.k@kring.example", CommunityRole.MEMBER));
	}

	/**
	 * One demo community: what it is, who facilitates it, and who else belongs to it.
	 */
	private record DemoCommunity(CommunityDraft draft, String facilitator, Map<String, CommunityRole> members) {
	}

}
