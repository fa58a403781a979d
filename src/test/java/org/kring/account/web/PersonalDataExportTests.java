package org.kring.account.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.kring.account.internal.AccountToken;
import org.kring.account.internal.AccountTokens;
import org.kring.account.internal.People;
import org.kring.account.internal.Person;
import org.kring.system.security.LinkSecrets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PersonalDataExportTests extends ProfileTestSupport {

	@Autowired
	private AccountTokens tokens;

	@Autowired
	private People people;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void exportIsAJsonDownloadWithEveryModulesSection() throws Exception {
		MockHttpServletResponse response = export(this.ada);

		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("filename=\"kring-export-" + LocalDate.now(ZoneId.of("Europe/Brussels")) + ".json\"");
		JsonNode document = this.json.readTree(response.getContentAsByteArray());
		assertThat(document.get("exportedAt").asString()).isNotBlank();
		JsonNode account = document.get("sections").get("account");
		assertThat(account.get("displayName").asString()).isEqualTo("Ada Quillfeather");
		assertThat(account.get("email").asString()).isEqualTo(this.ada.email());
		assertThat(account.get("emailVerifiedAt").asString()).isNotBlank();
		assertThat(account.get("preferredLanguage").isNull()).isTrue();
		assertThat(account.get("createdAt").asString()).isNotBlank();
		assertThat(account.get("administrator").asBoolean()).isFalse();
		assertThat(document.get("sections").get("meetings").get("registrations").get(0).asString())
			.contains(this.ada.id().toString());
	}

	@Test
	void exportNeverHoldsThePasswordHashOrLinkSecrets() throws Exception {
		String token = this.tokens.issue(this.ada, AccountToken.Purpose.CHANGE_EMAIL, "ada.next@test.example");
		String body = export(this.ada).getContentAsString();

		String passwordHash = this.people.findById(this.ada.id()).orElseThrow().passwordHash();
		assertThat(body).doesNotContain(passwordHash, "$argon2", token, LinkSecrets.hash(token), "tokenHash",
				"passwordHash");
		assertThat(body).contains("ada.next@test.example");
	}

	@Test
	void exportHoldsOnlyTheSignedInPersonsData() throws Exception {
		Person bert = this.testPeople.verified("Bert Marrowind");
		String body = export(this.ada).getContentAsString();
		assertThat(body).contains(this.ada.email())
			.doesNotContain(bert.email(), "Bert Marrowind", bert.id().toString());
	}

	private MockHttpServletResponse export(Person person) throws Exception {
		return this.mvc.perform(get("/account/export").with(signedIn(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

}
