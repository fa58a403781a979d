package org.kring.account.internal;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kring.account.Browser;
import org.kring.account.RunningInstance;
import org.kring.system.KringProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first administrator of a production instance, from {@code kring.admin-email}.
 */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapTests extends RunningInstance {

	private static final String SET_PASSWORD = "violet harbour kettle 9";

	@Autowired
	private People people;

	@Autowired
	private Passwords passwords;

	@Autowired
	private KringProperties properties;

	@Autowired
	private TransactionOperations transactions;

	@BeforeEach
	void noAdministratorYet() {
		this.jdbc.sql("delete from person where administrator = true").update();
	}

	@Test
	void createsExactlyOneAdministratorAndLogsOneSetPasswordLink(CapturedOutput output) {
		String email = newAddress("admin");
		bootstrap(email, production()).onApplicationReady();

		List<Person> administrators = administrators();
		assertThat(administrators).singleElement().satisfies((admin) -> {
			assertThat(admin.email()).isEqualTo(email);
			assertThat(admin.emailVerified()).isTrue();
			assertThat(admin.passwordHash()).isNull();
		});
		List<String> lines = linkLines(output);
		assertThat(lines).singleElement().asString().contains("WARN").contains(email);

		String link = lines.get(0).substring(lines.get(0).indexOf(AccountMails.SET_PATH)).strip();
		Browser browser = browser();
		assertThat(browser.get(link).body()).contains("Choose your password");
		String token = link.substring(link.indexOf("token=") + "token=".length());
		assertThat(browser.post(AccountMails.SET_PATH, "token", token, "password", SET_PASSWORD).redirectPath())
			.isEqualTo("/account");
		assertThat(browser.get("/").body()).contains("action=\"/logout\"");

		Browser again = browser();
		again.get("/login");
		assertThat(again.post("/login", "email", email, "password", SET_PASSWORD).redirectPath()).isEqualTo("/account");
		assertThat(browser().get(link).body()).contains("This link no longer works");
	}

	@Test
	void setPasswordLinkLastsSevenDays() {
		String email = newAddress("admin");
		String link = bootstrap(email, production()).createFirstAdministrator().orElseThrow();
		this.clock.advance(AccountToken.Purpose.SET_PASSWORD.validity().minusMinutes(1));
		assertThat(browser().get(link.substring(link.indexOf(AccountMails.SET_PATH))).body())
			.contains("Choose your password");
		this.clock.advance(java.time.Duration.ofMinutes(1));
		assertThat(browser().get(link.substring(link.indexOf(AccountMails.SET_PATH))).body())
			.contains("This link no longer works");
	}

	@Test
	void doesNothingInDevelopment(CapturedOutput output) {
		MockEnvironment development = production();
		development.setActiveProfiles("dev");
		bootstrap(newAddress("admin"), development).onApplicationReady();
		assertThat(administrators()).isEmpty();
		assertThat(linkLines(output)).isEmpty();
	}

	@Test
	void doesNothingWhenAnAdministratorExists(CapturedOutput output) {
		bootstrap(newAddress("first"), production()).onApplicationReady();
		String second = newAddress("second");
		bootstrap(second, production()).onApplicationReady();
		assertThat(administrators()).singleElement()
			.satisfies((admin) -> assertThat(admin.email()).isNotEqualTo(second));
		assertThat(linkLines(output)).hasSize(1);
	}

	@Test
	void doesNothingWithoutAnAddress(CapturedOutput output) {
		bootstrap(null, production()).onApplicationReady();
		bootstrap("  ", production()).onApplicationReady();
		assertThat(administrators()).isEmpty();
		assertThat(linkLines(output)).isEmpty();
	}

	@Test
	void unverifiedAccountWithTheAddressBecomesAdministratorWithoutItsPassword() {
		String email = unverifiedAccount("Squatter");
		assertThat(bootstrap(email, production()).createFirstAdministrator()).isPresent();
		assertThat(administrators()).singleElement().satisfies((admin) -> {
			assertThat(admin.email()).isEqualTo(email);
			assertThat(admin.passwordHash()).isNull();
		});
		Browser browser = browser();
		browser.get("/login");
		assertThat(browser.post("/login", "email", email, "password", PASSWORD).redirectPath())
			.isEqualTo("/login?error");
	}

	private AdministratorBootstrap bootstrap(String adminEmail, MockEnvironment environment) {
		KringProperties settings = new KringProperties(this.properties.name(), this.properties.defaultLanguage(),
				this.properties.timeZone(), this.properties.baseUrl(), this.properties.dataDirectory(),
				this.properties.db(), this.properties.mail(), adminEmail);
		return new AdministratorBootstrap(this.people, this.passwords, settings, environment, this.clock,
				this.transactions);
	}

	private static MockEnvironment production() {
		return new MockEnvironment();
	}

	private List<Person> administrators() {
		return this.people.findAll().stream().filter(Person::administrator).toList();
	}

	private static List<String> linkLines(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> line.contains(AccountMails.SET_PATH + "?token=")).toList();
	}

}
