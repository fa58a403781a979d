package org.kring.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KringPropertiesTests {

	@Test
	void linksStartWithTheAddressWithoutItsTrailingSlash() {
		assertThat(withBaseUrl("https://kring.example.org/").linkBase()).isEqualTo("https://kring.example.org");
		assertThat(withBaseUrl("https://kring.example.org").linkBase()).isEqualTo("https://kring.example.org");
		assertThat(withBaseUrl("https://example.org/kring/").linkBase()).isEqualTo("https://example.org/kring");
	}

	private static KringProperties withBaseUrl(String baseUrl) {
		return new KringProperties("Kring", Locale.ENGLISH, ZoneId.of("Europe/Brussels"), baseUrl, Path.of("data"),
				new KringProperties.Db(null, null, null),
				new KringProperties.Mail("kring@localhost", "localhost", 25, null, null), null);
	}

}
