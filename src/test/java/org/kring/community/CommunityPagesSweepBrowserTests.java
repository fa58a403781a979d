package org.kring.community;

import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.browser.BrowserTestSupport;
import org.kring.browser.TestMail;
import org.kring.community.internal.Admissions;
import org.kring.community.internal.Communities;
import org.kring.community.internal.Community;
import org.kring.community.internal.InvitationFlows;
import org.kring.community.internal.MemberChanges;
import org.kring.community.internal.Sharing;
import org.kring.community.internal.SharingChoices;
import org.kring.community.internal.TestCommunities;
import org.kring.organisation.OrganisationFixtures;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.RelationKind;
import org.kring.system.TestPrincipal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the community, membership and organisation modules, seen by the person it
 * is for, passes axe in English and in Arabic (right to left), and fits a phone 320
 * pixels wide without sideways scrolling. The data is made once, through the modules'
 * services; each person keeps one browser for a whole sweep.
 */
@Tag("layout")
class CommunityPagesSweepBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "meadow lantern copper 71";

	/** The longest display name a person can have, without a place to break it. */
	private static final String LONGEST_NAME = "Kwabena".repeat(11) + "Ose";

	/** As many communities as the list shows on its first page. */
	private static final int LIST_PAGE_SIZE = 20;

	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	/**
	 * The innermost elements without which the page would fit, to name them when it does
	 * not.
	 */
	private static final String WIDER_THAN_THE_SCREEN = """
			() => {
				const root = document.documentElement;
				const fitsWithout = (e) => {
					const display = e.style.display;
					e.style.display = 'none';
					const fits = root.scrollWidth <= root.clientWidth;
					e.style.display = display;
					return fits;
				};
				const culprits = [...document.querySelectorAll('body *')].filter(fitsWithout);
				return culprits.filter((e) => !culprits.some((other) => other !== e && e.contains(other)))
					.map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
						+ (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/\\s+/g, '.') : ''));
			}
			""";

	private static Sweep data;

	@BeforeAll
	static void makeTheData(@Autowired AccountManagement accounts, @Autowired CommunityManagement management,
			@Autowired Communities communities, @Autowired Admissions admissions,
			@Autowired InvitationFlows invitations, @Autowired MemberChanges changes, @Autowired SharingChoices sharing,
			@Autowired JdbcTemplate jdbc) {
		OrganisationFixtures organisations = new OrganisationFixtures(jdbc);
		OrganisationSummary bridge = organisations.add("Bridge House", OrganisationKind.NGO, "BE", "Antwerp",
				"education", "housing-income");
		OrganisationSummary clinic = organisations.add("Open Clinic", OrganisationKind.SERVICE_PROVIDER, "BE", "Ghent",
				"health-care", "education");
		OrganisationSummary lab = organisations.add("Dike Lab", OrganisationKind.UNIVERSITY_OR_RESEARCH, "NL",
				"Utrecht", "education");
		organisations.relate(lab, bridge, RelationKind.PROJECT_PARTNER, "Shared curriculum");
		organisations.relate(bridge, clinic, RelationKind.REFERS_CLIENTS_TO, "Trauma care");

		Person facilitator = Person.make(accounts, "Fenna Facilitator", InstanceRole.MEMBER);
		Person member = Person.make(accounts, LONGEST_NAME, InstanceRole.MEMBER);
		Person outsider = Person.make(accounts, "Omar Outsider", InstanceRole.MEMBER);
		Person applicant = Person.make(accounts, "Ama Applicant", InstanceRole.MEMBER);
		Person coordinator = Person.make(accounts, "Corin Coordinator", InstanceRole.COORDINATOR);
		Person administrator = Person.make(accounts, "Ada Administrator", InstanceRole.ADMINISTRATOR);
		organisations.affiliate(member.principal().id(), bridge);

		String open = "sweep-public-" + RUN;
		UUID openId = management.start(draft(open, Visibility.PUBLIC, JoinPolicy.ON_APPROVAL),
				facilitator.principal().id());
		management.partner(openId, Set.of(bridge.id(), lab.id()));
		String membersOnly = "sweep-members-" + RUN;
		management.start(draft(membersOnly, Visibility.MEMBERS_ONLY, JoinPolicy.OPEN), facilitator.principal().id());
		for (int i = 1; i <= LIST_PAGE_SIZE; i++) {
			management.start(draft("sweep-" + i + "-" + RUN, Visibility.PUBLIC, JoinPolicy.OPEN),
					facilitator.principal().id());
		}
		String proposed = "sweep-proposed-" + RUN;
		communities.save(Community.propose(TestCommunities.description(proposed, Visibility.PUBLIC),
				outsider.principal().id(), TestCommunities.NOW));

		admissions.apply(open, member.principal(), "I coordinate volunteers in Antwerp.", Locale.ENGLISH);
		admissions.approve(open, facilitator.principal(),
				admissions.applicationOf(openId, member.principal().id()).id());
		changes.changeRole(open, facilitator.principal(), member.principal().id(), CommunityRole.EXPERT);
		sharing.choose(openId, member.principal().id(), new Sharing(true, true, true), null);
		admissions.apply(open, applicant.principal(), "I would like to learn from the others.", Locale.ENGLISH);

		URI toOutsider = invite(invitations, open, facilitator, outsider.email());
		URI toNewcomer = invite(invitations, open, facilitator, TestMail.newAddress("newcomer"));
		String revoked = TestMail.newAddress("revoked");
		URI toRevoked = invite(invitations, open, facilitator, revoked);
		invitations.revoke(open, facilitator.principal(),
				invitations.pending(openId)
					.stream()
					.filter((invitation) -> invitation.email().equals(revoked))
					.findFirst()
					.orElseThrow()
					.id());

		data = new Sweep(jdbc, organisations, facilitator, member, outsider, coordinator, administrator, open,
				membersOnly, proposed, bridge.slug(), toOutsider, toNewcomer, toRevoked);
	}

	@AfterAll
	static void deleteTheData() {
		if (data != null) {
			data.jdbc().update("delete from community where slug like ?", "sweep-%-" + RUN);
			data.organisations().deleteAll();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void aVisitorsPagesPassAxeAndFitAPhone(String language) {
		Page visitor = newPage(language);
		sweep(visitor, "/communities");
		sweep(visitor, "/communities?kind=LEARNING_NETWORK&country=NL&theme=housing&language=fr&q=" + RUN);
		sweep(visitor, "/communities?q=" + RUN + "&page=2");
		assertThat(visitor.locator("main .card")).not().hasCount(0);
		sweep(visitor, "/communities/" + data.open());
		sweep(visitor, "/communities/" + data.membersOnly());
		sweep(visitor, data.toNewcomer().getRawPath());
		rejected(visitor, "main form[action$='/signup'] [type=submit]");
		sweep(visitor, data.toOutsider().getRawPath());
		assertThat(sweep(visitor, data.toRevoked().getRawPath()).status()).isEqualTo(410);
		assertThat(sweep(visitor, "/invitations/no-such-invitation").status()).isEqualTo(404);
		sweep(visitor, "/organisations");
		sweep(visitor, "/organisations?kind=NGO&country=BE&field=education&q=Bridge");
		sweep(visitor, "/organisations/" + data.organisation());
		sweep(visitor, "/stakeholder-map");
		sweep(visitor, "/stakeholder-map?country=BE&field=education");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void aNonMembersPagesPassAxeAndFitAPhone(String language) {
		Page outsider = logIn(language, data.outsider());
		sweep(outsider, "/communities/" + data.membersOnly());
		sweep(outsider, "/communities/" + data.open());
		sweep(outsider, "/communities/" + data.open() + "/apply");
		rejected(outsider, "main form[action$='/apply'] [type=submit]");
		sweep(outsider, data.toOutsider().getRawPath());
		sweep(outsider, "/organisations/" + data.organisation());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void aMembersAndAFacilitatorsPagesPassAxeAndFitAPhone(String language) {
		Page member = logIn(language, data.member());
		sweep(member, "/communities/" + data.open());
		sweep(member, "/communities/" + data.open() + "/members");
		sweep(member, "/communities/" + data.open() + "/membership");

		Page facilitator = logIn(language, data.facilitator());
		sweep(facilitator, "/communities/" + data.open());
		sweep(facilitator, "/communities/" + data.open() + "/edit");
		sweep(facilitator, "/communities/" + data.open() + "/members");
		sweep(facilitator, "/communities/" + data.open() + "/members/manage");
		sweep(facilitator, "/communities/" + data.open() + "/members/history");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "en", "ar" })
	void aCoordinatorsAndAnAdministratorsPagesPassAxeAndFitAPhone(String language) {
		Page coordinator = logIn(language, data.coordinator());
		sweep(coordinator, "/communities/new");
		rejected(coordinator, "main form[action='/communities/new'] [type=submit]");
		sweep(coordinator, "/organisations/new");
		rejected(coordinator, "main form[action='/organisations/new'] [type=submit]");
		sweep(coordinator, "/organisations/" + data.organisation());
		sweep(coordinator, "/organisations/" + data.organisation() + "/edit");

		Page administrator = logIn(language, data.administrator());
		sweep(administrator, "/admin/community-proposals");
		assertThat(administrator.locator("main")).containsText(data.proposed());
		sweep(administrator, "/communities/" + data.proposed());
	}

	private final Map<Page, String> languages = new IdentityHashMap<>();

	private Page newPage(String language) {
		Page page = this.browser.newPage((options) -> options.setLocale(language));
		this.languages.put(page, language);
		return page;
	}

	private Page logIn(String language, Person person) {
		Page page = newPage(language);
		sweep(page, "/login");
		page.locator("#email").fill(person.email());
		page.locator("#password").fill(PASSWORD);
		this.browser.click(page.locator("main form[action='/login'] [type=submit]"));
		assertThat(page.locator("header .greeting")).containsText(person.principal().displayName());
		return page;
	}

	private Response sweep(Page page, String path) {
		Response response = this.browser.visit(page, path);
		assertThat(response.status()).as(path).isIn(200, 404, 410);
		fits(page, path);
		return response;
	}

	/** Sends the form on the page empty; the page comes back with its problems told. */
	private void rejected(Page page, String submit) {
		String path = URI.create(page.url()).getPath();
		this.browser.click(page.locator(submit));
		assertThat(page.locator("main [aria-invalid=true]").first()).isVisible();
		fits(page, path + " with problems");
	}

	private void fits(Page page, String what) {
		String language = this.languages.get(page);
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("html")).hasAttribute("dir", "ar".equals(language) ? "rtl" : "ltr");
		page.setViewportSize(320, 640);
		List<?> widths = (List<?>) page
			.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
		if (((Number) widths.get(0)).intValue() > ((Number) widths.get(1)).intValue()) {
			Object wide = page.evaluate(WIDER_THAN_THE_SCREEN);
			page.setViewportSize(1280, 720);
			throw new AssertionError(
					"At 320 pixels %s is %s pixels wide; too wide: %s".formatted(what, widths.get(0), wide));
		}
		page.setViewportSize(1280, 720);
	}

	private static URI invite(InvitationFlows invitations, String slug, Person facilitator, String email) {
		invitations.invite(slug, facilitator.principal(), email, CommunityRole.MEMBER, Locale.ENGLISH);
		return TestMail.newestTo(email).firstLink();
	}

	private static CommunityDraft draft(String slug, Visibility visibility, JoinPolicy policy) {
		return new CommunityDraft(slug, CommunityKind.LEARNING_NETWORK, visibility, policy, "en",
				"Learning network " + slug + " on people without legal residence",
				"Volunteers who support people without legal residence.", "A making session every second month.",
				List.of("housing", "health care"),
				List.of(new CommunityDraft.Place("BE", "Oost-Vlaanderen"), new CommunityDraft.Place("NL", "")),
				List.of("nl", "fr"), Map.of("ar", new CommunityDraft.Text("شبكة تعلم " + slug, null, null)));
	}

	private record Person(TestPrincipal principal, String email) {

		static Person make(AccountManagement accounts, String name, InstanceRole role) {
			String email = TestMail.newAddress(name.substring(0, 3).toLowerCase(Locale.ROOT));
			UUID id = accounts.createVerified(name, email, PASSWORD, null, role);
			return new Person(new TestPrincipal(id, name, null, role == InstanceRole.ADMINISTRATOR,
					role == InstanceRole.COORDINATOR), email);
		}

	}

	private record Sweep(JdbcTemplate jdbc, OrganisationFixtures organisations, Person facilitator, Person member,
			Person outsider, Person coordinator, Person administrator, String open, String membersOnly, String proposed,
			String organisation, URI toOutsider, URI toNewcomer, URI toRevoked) {
	}

}
