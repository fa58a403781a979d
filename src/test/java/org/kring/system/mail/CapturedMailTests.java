package org.kring.system.mail;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.kring.system.mail.CapturedMail.Part;

import static org.assertj.core.api.Assertions.assertThat;

class CapturedMailTests {

	@Test
	void plainTextIsOnePart() {
		assertThat(mail("Hallo,\ntot dinsdag.").parts()).containsExactly(new Part("Hallo,\ntot dinsdag.", false));
	}

	@Test
	void webAddressesBecomeLinks() {
		assertThat(mail("Open https://kring.example/verify?token=a1&x=2 to confirm.").parts()).containsExactly(
				new Part("Open ", false), new Part("https://kring.example/verify?token=a1&x=2", true),
				new Part(" to confirm.", false));
	}

	@Test
	void punctuationAfterAnAddressIsNotPartOfIt() {
		assertThat(mail("See http://localhost:8080/login.").parts()).containsExactly(new Part("See ", false),
				new Part("http://localhost:8080/login", true), new Part(".", false));
	}

	@Test
	void addressesAtTheEdgesAndSideBySide() {
		assertThat(mail("https://a.example/1\nhttps://a.example/2").parts()).containsExactly(
				new Part("https://a.example/1", true), new Part("\n", false), new Part("https://a.example/2", true));
	}

	@Test
	void otherSchemesAndMarkupAreNeverLinks() {
		assertThat(mail("javascript:alert(1) <a href=\"x\">").parts()).extracting(Part::link).containsOnly(false);
		assertThat(mail("https://a.example/<script>").parts()).containsExactly(new Part("https://a.example/", true),
				new Part("<script>", false));
	}

	@Test
	void emptyTextHasNoParts() {
		assertThat(mail("").parts()).isEmpty();
	}

	private static CapturedMail mail(String text) {
		return new CapturedMail(Instant.EPOCH, "x@example.org", "subject", text);
	}

}
