package org.kring.expertise.coverage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kring.community.Visibility;
import org.kring.community.internal.Community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix of the crafted community: only active experts count, an expert on several
 * fields counts once per field and once in their partner's total, a retired field has no
 * row, experts of no partner have their own column, and the gaps read as sentences; the
 * same numbers come out as CSV.
 */
class CoverageMatrixSystemTests extends CoverageTestSupport {

	private static final String HEALTH = "Access to health care and therapeutic services";

	private static final String HOUSING = "Housing and sources of income";

	private static final String OTHER = "Other or no partner organisation";

	@Test
	void theMatrixCountsActiveExpertsByFieldAndPartnerWithDistinctPeoplePerPartner() throws Exception {
		String html = page(path());
		List<List<String>> rows = rows(html);
		Map<String, Integer> column = columns(rows.get(0));
		assertThat(rows.get(0)).containsExactlyInAnyOrder("Field of expertise", "Brückenwerk Leipzig",
				"Maison des Passerelles", "=Harbour", OTHER, "All organisations");
		Map<String, List<String>> byField = rows.stream()
			.skip(1)
			.collect(Collectors.toMap((row) -> row.get(0), Function.identity()));
		assertThat(byField).containsOnlyKeys("Social protection", HEALTH, "Labour-market integration",
				"Education and lifelong learning", HOUSING, "Distinct experts");
		assertThat(byField.get(HEALTH).get(column.get("Brückenwerk Leipzig"))).isEqualTo("2");
		assertThat(byField.get(HEALTH).get(column.get("Maison des Passerelles"))).isEqualTo("1");
		assertThat(byField.get(HEALTH).get(column.get("=Harbour"))).isEqualTo("0 of 1, below target");
		assertThat(byField.get(HEALTH).get(column.get(OTHER))).isEqualTo("0");
		assertThat(byField.get(HEALTH).get(column.get("All organisations"))).isEqualTo("3");
		assertThat(byField.get(HOUSING).get(column.get("Brückenwerk Leipzig"))).isEqualTo("1");
		assertThat(byField.get(HOUSING).get(column.get("Maison des Passerelles"))).isEqualTo("0 of 1, below target");
		assertThat(byField.get(HOUSING).get(column.get(OTHER))).isEqualTo("1");
		assertThat(byField.get(HOUSING).get(column.get("All organisations"))).isEqualTo("2");
		assertThat(byField.get("Education and lifelong learning").get(column.get(OTHER))).isEqualTo("1");
		List<String> totals = byField.get("Distinct experts");
		assertThat(totals.get(column.get("Brückenwerk Leipzig"))).isEqualTo("2 of 5, below target");
		assertThat(totals.get(column.get("Maison des Passerelles"))).isEqualTo("1 of 5, below target");
		assertThat(totals.get(column.get("=Harbour"))).isEqualTo("1 of 5, below target");
		assertThat(totals.get(column.get(OTHER))).isEqualTo("2");
		assertThat(totals.get(column.get("All organisations"))).isEqualTo("6");
		assertThat(html).doesNotContain("Retired test field");
	}

	@Test
	void theGapsReadAsSentences() throws Exception {
		String html = page(path());
		assertThat(html).contains("<li>Maison des Passerelles has no expert on Housing and sources of income</li>")
			.contains("<li>Brückenwerk Leipzig has 2 experts, target 5</li>")
			.contains("<li>Maison des Passerelles has 1 expert, target 5</li>")
			.contains("<li>Brückenwerk Leipzig has no expert on Education and lifelong learning</li>")
			.contains("<li>=Harbour has no expert on Social protection</li>")
			.doesNotContain("Brückenwerk Leipzig has no expert on " + HEALTH)
			.doesNotContain("Elsewhere Works has");
		assertThat(html.split("<li>[^<]* has ", -1)).hasSize(6 + 4 + 2 + 1);
	}

	@Test
	void theGapsAndHeadingsFollowTheReadersLanguage() throws Exception {
		String html = this.mvc.perform(get(path()).with(FACILITATOR.signedIn()).header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Maison des Passerelles heeft geen expert voor Huisvesting en bronnen van inkomen")
			.contains("Brückenwerk Leipzig heeft 2 experts, doel 5")
			.contains("1 van 5");
	}

	@Test
	void theCsvHasAHeaderTheFieldRowsAndTheTotalsAndDefusesFormulas() throws Exception {
		byte[] body = this.mvc
			.perform(get("/experts/coverage.csv?community=" + this.community.slug()).with(MEMBER.signedIn())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8).substring(1);
		List<List<String>> lines = csv.lines().map((line) -> List.of(line.split(",", -1))).toList();
		assertThat(lines).hasSize(1 + 5 + 2);
		assertThat(lines.get(0)).contains("'=Harbour").doesNotContain("=Harbour");
		Map<String, Integer> column = columns(lines.get(0));
		Map<String, List<String>> byFirst = lines.stream()
			.skip(1)
			.collect(Collectors.toMap((line) -> line.get(0), Function.identity()));
		assertThat(byFirst.get(HEALTH).get(column.get("Brückenwerk Leipzig"))).isEqualTo("2");
		assertThat(byFirst.get(HEALTH).get(column.get("All organisations"))).isEqualTo("3");
		assertThat(byFirst.get(HOUSING).get(column.get(OTHER))).isEqualTo("1");
		assertThat(byFirst.get("Distinct experts").get(column.get("Brückenwerk Leipzig"))).isEqualTo("2");
		assertThat(byFirst.get("Distinct experts").get(column.get("All organisations"))).isEqualTo("6");
		assertThat(byFirst.get("Target per partner organisation").get(column.get("=Harbour".replace("=", "'="))))
			.isEqualTo("5");
	}

	@Test
	void aCommunityWithoutPartnersExplainsAndLinksItsFacilitatorToItsEditPage() throws Exception {
		Community lone = community(Visibility.PUBLIC);
		String html = page("/experts/coverage?community=" + lone.slug());
		assertThat(html).contains("has no partner organisations yet")
			.contains("href=\"/communities/" + lone.slug() + "/edit\"")
			.doesNotContain("<table");
		String asMember = this.mvc.perform(get("/experts/coverage?community=" + lone.slug()).with(MEMBER.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asMember).doesNotContain("/edit\"");
	}

	@Test
	void theChoiceListsTheCommunitiesOfTheViewer() throws Exception {
		String html = page("/experts/coverage");
		assertThat(html).contains("href=\"/experts/coverage?community=" + this.community.slug() + "\"");
		String outsider = this.mvc.perform(get("/experts/coverage").with(OUTSIDER.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(outsider).doesNotContain(this.community.slug());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(FACILITATOR.signedIn()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static Map<String, Integer> columns(List<String> header) {
		return IntStream.range(0, header.size()).boxed().collect(Collectors.toMap(header::get, Function.identity()));
	}

}
