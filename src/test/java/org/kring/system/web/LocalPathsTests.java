package org.kring.system.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathsTests {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/account", "/communities/x?page=2&size=20", "/a/{b}", "/%2F%2Fevil.example" })
	void pathsOnThisSiteAreKept(String path) {
		assertThat(LocalPaths.safe(path)).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example", "https://evil.example", "http://evil.example/", "/\\evil.example",
			"\\\\evil.example", "javascript:alert(1)", "evil.example", "", " /account", "/a\r\nSet-Cookie: x=y",
			"/\t/evil.example", "///evil.example" })
	void anythingElseBecomesTheHomePage(String path) {
		assertThat(LocalPaths.safe(path)).isEqualTo("/");
	}

	@Test
	void lettersBeyondAsciiArePercentEncoded() {
		assertThat(LocalPaths.safe("/zoek?q=café مرحبا x"))
			.isEqualTo("/zoek?q=caf%C3%A9%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20x");
	}

}
