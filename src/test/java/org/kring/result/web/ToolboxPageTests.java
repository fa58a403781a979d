package org.kring.result.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kring.meeting.internal.Meeting;
import org.kring.result.internal.Origin;
import org.kring.result.internal.Tool;
import org.kring.result.internal.ToolLink;
import org.kring.system.TestPrincipal;
import org.kring.system.sql.SqlStatements;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A community's toolbox: who reads it and who writes it, its search (wildcards taken
 * literally, a very long query shortened), its pages, safe descriptions and links, bad
 * input answered with 422 next to the field, a crossed edit with 409 and nothing lost,
 * its text in every language, and as many SQL statements for 25 tools as for 2.
 */
class ToolboxPageTests extends ToolboxTestSupport {

	@Test
	void readersSeeToolsNewestFirstWithTheirLinksMeetingAndTheme() throws Exception {
		Cast cast = cast("PUBLIC");
		Meeting meeting = this.fixtures.meeting(cast.community(), cast.facilitator(), "March meeting");
		tool(cast, "Older checklist", "Older", List.of(), Origin.DIRECT, 10);
		tool(cast, "Rent checklist", "Ask **the landlord** first.",
				List.of(new ToolLink("Checklist (PDF)", "https://example.org/checklist.pdf"),
						new ToolLink("Map", "http://example.org/map")),
				new Origin(meeting.id(), null, "Housing and income", null), 1);

		String page = page(toolsPath(cast), null);
		assertThat(page).contains("Toolbox of Network")
			.contains("<strong>the landlord</strong>")
			.contains("<a href=\"https://example.org/checklist.pdf\" rel=\"noopener nofollow\">Checklist (PDF)</a>")
			.contains("<a href=\"http://example.org/map\" rel=\"noopener nofollow\">Map</a>")
			.contains("href=\"/meetings/" + meeting.id() + "\">March meeting</a>")
			.contains("Housing and income")
			.doesNotContain("Add a tool");
		assertThat(page.indexOf("Rent checklist")).isLessThan(page.indexOf("Older checklist"));
	}

	@Test
	void descriptionsAndLinksCannotCarryScripts() throws Exception {
		Cast cast = cast("PUBLIC");
		tool(cast, "<script>alert(1)</script>", "<img src=x onerror=alert(2)> [click](javascript:alert(3))",
				List.of(new ToolLink("<b>label</b>", "https://example.org/?a=\"><script>")), Origin.DIRECT, 1);

		String page = page(toolsPath(cast), null);
		assertThat(page).doesNotContain("<script>alert")
			.doesNotContain("<img")
			.doesNotContain("javascript:")
			.doesNotContain("<b>label</b>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;b&gt;label&lt;/b&gt;");
	}

	@Test
	void aMembersOnlyToolboxIsReadByItsMembersAndNotFoundForOthers() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		tool(cast, "Rent checklist", null, List.of(), Origin.DIRECT, 1);
		String path = toolsPath(cast);

		assertThat(page(path, cast.member())).contains("Rent checklist").doesNotContain("/tools/new");
		assertThat(page(path, cast.facilitator())).contains("href=\"" + path + "/new\"").contains("/edit\"");
		assertThat(page(path, cast.administrator())).contains("href=\"" + path + "/new\"");
		get(path, cast.outsider()).andExpect(status().isNotFound());
		get(path, null).andExpect(status().isNotFound());
		get("/communities/no-such-community/tools", cast.member()).andExpect(status().isNotFound());
	}

	@Test
	void searchFindsWordsInTitleAndDescriptionWhateverTheirCaseAndTakesWildcardsLiterally() throws Exception {
		Cast cast = cast("PUBLIC");
		tool(cast, "Discount card", "Gives 50% off the bus", List.of(), Origin.DIRECT, 3);
		tool(cast, "Housing_checklist", "For renters", List.of(), Origin.DIRECT, 2);
		tool(cast, "Map of services", "Where to go in Ghent", List.of(), Origin.DIRECT, 1);
		String path = toolsPath(cast);

		assertThat(found(path, "GHENT")).containsExactly("Map of services");
		assertThat(found(path, "housing")).containsExactly("Housing_checklist");
		assertThat(found(path, "%")).containsExactly("Discount card");
		assertThat(found(path, "_")).containsExactly("Housing_checklist");
		assertThat(found(path, "!")).isEmpty();
		assertThat(found(path, " ")).hasSize(3);
		assertThat(page(path + "?q=nothing-like-it", null)).contains("No tool matches your search.");

		String echoed = this.mvc
			.perform(MockMvcRequestBuilders.get(path).param("q", "<b>bold</b>").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(echoed).doesNotContain("<b>bold").contains("&lt;b&gt;bold&lt;/b&gt;");

		String longQuery = "a".repeat(10_000);
		String page = this.mvc.perform(MockMvcRequestBuilders.get(path).param("q", longQuery).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("only its first 200 characters were sought")
			.contains("value=\"" + "a".repeat(200) + "\"")
			.doesNotContain("a".repeat(201));
	}

	@Test
	void theToolboxShowsTwentyToolsAPage() throws Exception {
		Cast cast = cast("PUBLIC");
		for (int i = 1; i <= 23; i++) {
			tool(cast, "Tool " + (100 + i), null, List.of(), Origin.DIRECT, 100 - i);
		}
		String path = toolsPath(cast);

		String first = page(path, null);
		assertThat(headings(first)).hasSize(20).first().isEqualTo("Tool 123");
		assertThat(first).contains("Page 1 of 2").contains("href=\"" + path + "?page=2\" rel=\"next\"");
		assertThat(headings(page(path + "?page=2", null))).containsExactly("Tool 103", "Tool 102", "Tool 101");
		assertThat(page(path + "?q=tool&page=2", null)).contains("href=\"" + path + "?q=tool&amp;page=1\"");
		assertThat(headings(page(path + "?page=nonsense", null))).hasSize(20);
		assertThat(headings(page(path + "?page=99", null))).isEmpty();
	}

	@Test
	void onlyFacilitatorsAndAdministratorsAddEditAndRemoveTools() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = toolsPath(cast);
		Tool tool = tool(cast, "Rent checklist", null, List.of(), Origin.DIRECT, 1);
		String edit = "/tools/" + tool.id() + "/edit";
		String delete = "/tools/" + tool.id() + "/delete";

		get(path + "/new", null).andExpect(redirectedUrl("/login"));
		get(edit, null).andExpect(redirectedUrl("/login"));
		post(path + "/new", null, "title", "By a visitor").andExpect(redirectedUrl("/login"));
		post(edit, null, "title", "By a visitor").andExpect(redirectedUrl("/login"));
		post(delete, null).andExpect(redirectedUrl("/login"));
		for (TestPrincipal outsider : List.of(cast.outsider())) {
			get(path + "/new", outsider).andExpect(status().isNotFound());
			get(edit, outsider).andExpect(status().isNotFound());
			post(path + "/new", outsider, "title", "By an outsider").andExpect(status().isNotFound());
			post(edit, outsider, "title", "By an outsider").andExpect(status().isNotFound());
			post(delete, outsider).andExpect(status().isNotFound());
		}
		get(path + "/new", cast.member()).andExpect(status().isForbidden());
		get(edit, cast.member()).andExpect(status().isForbidden());
		post(path + "/new", cast.member(), "title", "By a member").andExpect(status().isForbidden());
		post(edit, cast.member(), "title", "By a member", "version", "0").andExpect(status().isForbidden());
		post(delete, cast.member()).andExpect(status().isForbidden());
		assertThat(stored(cast)).containsExactly("Rent checklist");

		get(path + "/new", cast.facilitator()).andExpect(status().isOk());
		post(path + "/new", cast.facilitator(), "title", "By the facilitator", "linkLabel", "Site, with a comma",
				"linkUrl", "https://example.org/site")
			.andExpect(redirectedUrl(path));
		get(edit, cast.administrator()).andExpect(status().isOk());
		post(edit, cast.administrator(), "title", "Rent checklist, revised", "version", "0")
			.andExpect(redirectedUrl(path));
		assertThat(stored(cast)).containsExactlyInAnyOrder("By the facilitator", "Rent checklist, revised");
		assertThat(this.jdbc.queryForList("select label from result_tool_link", String.class))
			.contains("Site, with a comma");
		post(delete, cast.facilitator()).andExpect(redirectedUrl(path));
		assertThat(stored(cast)).containsExactly("By the facilitator");
		get(edit, cast.facilitator()).andExpect(status().isNotFound());
		get("/tools/not-an-id/edit", cast.facilitator()).andExpect(status().isNotFound());

		Cast open = cast("PUBLIC");
		post(toolsPath(open) + "/new", cast.outsider(), "title", "Outsider").andExpect(status().isForbidden());
	}

	@Test
	void badInputComesBackWithTheMessageNextToTheFieldAndWhatWasTyped() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		String path = toolsPath(cast) + "/new";

		String page = post(path, cast.facilitator(), "title", " ", "description", "Ask the landlord", "linkLabel",
				"Evil", "linkUrl", "javascript:alert(1)", "linkLabel", "", "linkUrl", "https://example.org/ok")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"title-error\">Give the tool a title.")
			.contains("id=\"linkUrl-0-error\">Give a web address starting with http:// or https://.")
			.contains("id=\"linkLabel-1-error\">Give the link a label.")
			.contains(">Ask the landlord</textarea>")
			.contains("value=\"javascript:alert(1)\"")
			.doesNotContain("href=\"javascript:");

		List<String> eleven = new ArrayList<>(List.of("title", "Many links"));
		for (int i = 0; i < 11; i++) {
			eleven.addAll(List.of("linkLabel", "Link " + i, "linkUrl", "https://example.org/" + i));
		}
		page = post(path, cast.facilitator(), eleven.toArray(String[]::new))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"links-error\">A tool can have at most 10 links.")
			.contains("value=\"https://example.org/10\"");

		page = post(path, cast.facilitator(), "title", "x".repeat(201), "description", "d".repeat(4001))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"title-error\">The title can be at most 200")
			.contains("id=\"description-error\">The description can be at most 4000");
		assertThat(stored(cast)).isEmpty();
	}

	@Test
	void anEditCrossingAnotherComesBackWithAClearMessageAndNothingLost() throws Exception {
		Cast cast = cast("MEMBERS_ONLY");
		Tool tool = tool(cast, "Rent checklist", null, List.of(), Origin.DIRECT, 1);
		String edit = "/tools/" + tool.id() + "/edit";
		assertThat(page(edit, cast.facilitator())).contains("name=\"version\" value=\"0\"");

		post(edit, cast.administrator(), "title", "Saved first", "version", "0")
			.andExpect(redirectedUrl(toolsPath(cast)));
		String page = post(edit, cast.facilitator(), "title", "Saved second", "description", "My careful text",
				"version", "0")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Someone else saved this tool after you opened this form.")
			.contains("value=\"Saved second\"")
			.contains(">My careful text</textarea>")
			.contains("name=\"version\" value=\"1\"");
		assertThat(stored(cast)).containsExactly("Saved first");

		post(edit, cast.facilitator(), "title", "Saved second", "version", "1")
			.andExpect(redirectedUrl(toolsPath(cast)));
		assertThat(stored(cast)).containsExactly("Saved second");
	}

	@Test
	void theToolboxSpeaksEachLanguage() throws Exception {
		Cast cast = cast("PUBLIC");
		String path = toolsPath(cast);
		assertThat(pageIn(path, Locale.ENGLISH)).contains("Toolbox of").contains("The toolbox is still empty.");
		assertThat(pageIn(path, Locale.of("nl"))).contains("Gereedschapskist van").contains("nog leeg");
		assertThat(pageIn(path, Locale.FRENCH)).contains("Boîte à outils de").contains("encore vide");
		assertThat(pageIn(path, Locale.of("ar"))).contains("صندوق أدوات").contains("لا يزال فارغًا");
	}

	@Test
	void theToolboxReadsAsManyStatementsForTwentyFiveToolsAsForTwo() throws Exception {
		Cast cast = cast("PUBLIC");
		Meeting meeting = this.fixtures.meeting(cast.community(), cast.facilitator(), "March meeting");
		addTools(cast, meeting, 2);
		SqlStatements.Recorded two = count(cast);
		addTools(cast, meeting, 23);
		SqlStatements.Recorded many = count(cast);
		assertThat(two.count()).as(two::describe).isBetween(1, 12);
		assertThat(many.count()).as(many::describe).isEqualTo(two.count());
	}

	private void addTools(Cast cast, Meeting meeting, int count) {
		for (int i = 0; i < count; i++) {
			tool(cast, "Tool " + i, "About tool " + i,
					List.of(new ToolLink("One", "https://example.org/1"), new ToolLink("Two", "https://example.org/2")),
					new Origin(meeting.id(), null, "Housing", null), i);
		}
	}

	private SqlStatements.Recorded count(Cast cast) throws Exception {
		return SqlStatements.count(() -> get(toolsPath(cast), cast.facilitator()).andExpect(status().isOk()));
	}

	private Tool tool(Cast cast, String title, @Nullable String description, List<ToolLink> links, Origin origin,
			int minutesAgo) {
		return this.tools.save(Tool.add(cast.community(), title, description, links, origin, cast.facilitator().id(),
				Instant.now().minus(Duration.ofMinutes(minutesAgo))));
	}

	private List<String> stored(Cast cast) {
		return this.jdbc.queryForList("select title from result_tool where community_id = ?", String.class,
				cast.community());
	}

	private static String toolsPath(Cast cast) {
		return cast.path("tools");
	}

}
