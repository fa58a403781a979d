package org.kring.system.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kring.system.security.SecurityConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(LanguageController.class)
@Import(SecurityConfiguration.class)
class LanguageControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void choosingALanguageRemembersItAndReturnsToThePage() throws Exception {
		this.mvc.perform(post("/language").param("lang", "ar").param("return", "/communities?page=2").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/communities?page=2"))
			.andExpect(cookie().value(KringLocaleResolver.COOKIE, "ar"))
			.andExpect(cookie().httpOnly(KringLocaleResolver.COOKIE, true));
	}

	@Test
	void withoutReturnAddressItGoesHome() throws Exception {
		this.mvc.perform(post("/language").param("lang", "en").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/"))
			.andExpect(cookie().value(KringLocaleResolver.COOKIE, "en"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example", "/\\evil.example", "http://evil.example/x" })
	void returnAddressOffThisSiteGoesHome(String back) throws Exception {
		this.mvc.perform(post("/language").param("lang", "nl").param("return", back).with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/"));
	}

	@Test
	void bracesInTheReturnAddressAreTakenLiterally() throws Exception {
		this.mvc.perform(post("/language").param("lang", "nl").param("return", "/a/{b}").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/a/{b}"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "xx", "", "<script>" })
	void languageWeDoNotOfferIsIgnored(String lang) throws Exception {
		this.mvc.perform(post("/language").param("lang", lang).param("return", "/account").with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "/account"))
			.andExpect(cookie().doesNotExist(KringLocaleResolver.COOKIE));
	}

	@Test
	void switchingWithoutFormTokenIsRefused() throws Exception {
		this.mvc.perform(post("/language").param("lang", "en"))
			.andExpect(status().isForbidden())
			.andExpect(cookie().doesNotExist(KringLocaleResolver.COOKIE));
	}

	@Test
	void switchingWithoutALanguageIsABadRequest() throws Exception {
		this.mvc.perform(post("/language").with(csrf())).andExpect(status().isBadRequest());
	}

}
