package org.kring.organisation.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kring.organisation.OrganisationKind;
import org.kring.organisation.OrganisationSummary;
import org.kring.organisation.OrganisationSystemTests;
import org.kring.organisation.RelationKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stakeholder map: counts by field and country, or by region within one country, each
 * linking to the list; the network drawn as well-formed SVG with a text alternative; and
 * the CSV export of the same organisations.
 */
class StakeholderMapTests extends OrganisationSystemTests {

	private static final Pattern SVG = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\".*?</svg>",
			Pattern.DOTALL);

	private OrganisationSummary bridge;

	private OrganisationSummary clinic;

	private OrganisationSummary province;

	@BeforeEach
	void organisations() {
		this.bridge = this.fixtures.add("Map Bridge", OrganisationKind.NGO, "BE", "Antwerp", "education",
				"labour-market");
		this.clinic = this.fixtures.add("Map Clinic", OrganisationKind.SERVICE_PROVIDER, "BE", "Ghent", "health-care",
				"education");
		this.province = this.fixtures.add("Map Province", OrganisationKind.PROVINCE_OR_REGION, "LU", null, "education");
		this.fixtures.relate(this.province, this.bridge, RelationKind.FUNDS, "Newcomers fund");
		this.fixtures.relate(this.bridge, this.clinic, RelationKind.REFERS_CLIENTS_TO, "trauma care");
	}

	@Test
	void theMatrixCountsOrganisationsByFieldAndCountryAndEachCountLinksToTheList() throws Exception {
		String page = html("/stakeholder-map?field=education");
		assertThat(page).contains("href=\"/organisations?field=education&amp;country=BE\">2</a>")
			.contains("href=\"/organisations?field=education&amp;country=LU\">1</a>")
			.doesNotContain("field=health-care&amp;country");
		String list = html("/organisations?field=education&country=BE");
		assertThat(list).contains("Map Bridge").contains("Map Clinic").doesNotContain("Map Province");
	}

	@Test
	void oneCountryIsShownByRegion() throws Exception {
		String page = html("/stakeholder-map?country=BE");
		assertThat(page).contains("href=\"/organisations?field=health-care&amp;country=BE&amp;region=Ghent\">1</a>")
			.contains("href=\"/organisations?field=education&amp;country=BE&amp;region=Antwerp\">1</a>")
			.doesNotContain("Map Province");
		assertThat(html("/organisations?field=health-care&country=BE&region=Ghent")).contains("Map Clinic")
			.doesNotContain("Map Bridge");
	}

	@Test
	void theNetworkIsWellFormedSvgWithANodePerOrganisationAndATextAlternative() throws Exception {
		String page = html("/stakeholder-map?field=education");
		Matcher svg = SVG.matcher(page);
		assertThat(svg.find()).isTrue();
		Document picture = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
		Element root = picture.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isNotBlank();
		assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isNotBlank();
		int nodes = root.getElementsByTagName("circle").getLength();
		int organisations = this.jdbc
			.queryForObject("select count(*) from organisation o where exists (select 1 from organisation_field f"
					+ " where f.organisation_id = o.id and f.field_code = 'education')", Integer.class);
		assertThat(nodes).isEqualTo(organisations);
		List<String> labels = texts(root);
		assertThat(labels).contains("Map Bridge", "Map Clinic", "Map Province");
		assertThat(page).contains("marker-end=\"url(#arrow-rel-funds)\"");
		String alternative = page.substring(page.indexOf("</svg>", page.indexOf("</figure>") - 2000));
		assertThat(alternative).contains("<table>")
			.contains("Newcomers fund")
			.contains("trauma care")
			.contains("href=\"" + this.province.path() + "\"");
	}

	@Test
	void theCsvExportHasTheListsFiltersQuotingAndNoFormulas() throws Exception {
		this.fixtures.add("=HYPERLINK(\"http://evil.example\",\"click\")", OrganisationKind.OTHER, "BE", "+32 region",
				"education");
		this.fixtures.add("Comma, \"Quoted\" Org", OrganisationKind.OTHER, "BE", "-minus", "education");
		MockHttpServletResponse response = this.mvc
			.perform(get("/organisations.csv?country=BE&field=education").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("organisations.csv");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(csv)
			.startsWith("Name,Kind,Country,Country code,Region,Fields of work,Website,Short description,Address\r\n")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",Other,Belgium,BE,'+32 region,")
			.contains("\"Comma, \"\"Quoted\"\" Org\",Other,Belgium,BE,'-minus,")
			.contains(
					"Map Bridge,NGO,Belgium,BE,Antwerp,\"Labour-market integration; Education and lifelong learning\",")
			.doesNotContain("Map Province");
		assertThat(csv.lines().filter((line) -> line.contains(this.fixtures.run()))).hasSize(4);
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> texts(Element root) {
		var texts = root.getElementsByTagName("text");
		return java.util.stream.IntStream.range(0, texts.getLength())
			.mapToObj((i) -> texts.item(i).getTextContent())
			.toList();
	}

}
