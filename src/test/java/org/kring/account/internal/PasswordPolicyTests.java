package org.kring.account.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void passwordIsRequired() {
		assertThat(this.policy.problem(null, null, null)).hasValue("account.password.required");
		assertThat(this.policy.problem("", null, null)).hasValue("account.password.required");
	}

	@Test
	void passwordHasAtLeastTwelveCharacters() {
		assertThat(this.policy.problem("eleven char", null, null)).hasValue("account.password.short");
		assertThat(this.policy.problem("twelve chars", null, null)).isEmpty();
	}

	@Test
	void charactersAreCountedAsPeopleSeeThem() {
		String twelveEmoji = "😀🌍🎈🍀🚲📚🎵🌙⭐🔑🧩🪴";
		assertThat(twelveEmoji.length()).isGreaterThan(12);
		assertThat(this.policy.problem(twelveEmoji.substring(0, twelveEmoji.offsetByCodePoints(0, 11)), null, null))
			.hasValue("account.password.short");
		assertThat(this.policy.problem(twelveEmoji, null, null)).isEmpty();
	}

	@Test
	void passwordHasAtMostAThousandCharacters() {
		assertThat(this.policy.problem("abcdefghij".repeat(100), null, null)).isEmpty();
		assertThat(this.policy.problem("abcdefghij".repeat(100) + "k", null, null)).hasValue("account.password.long");
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheCase() {
		assertThat(this.policy.problem("password1234", null, null)).hasValue("account.password.common");
		assertThat(this.policy.problem("PassWord1234", null, null)).hasValue("account.password.common");
		assertThat(this.policy.problem("aaaaaaaaaaaaaaaa", null, null)).hasValue("account.password.common");
		assertThat(this.policy.problem("abababababababab", null, null)).hasValue("account.password.common");
	}

	@Test
	void passwordMayNotBeTheAddressOrTheName() {
		assertThat(this.policy.problem("jasmina@example.org", "jasmina@example.org", null))
			.hasValue("account.password.personal");
		assertThat(this.policy.problem("jasmina12345", "jasmina@example.org", null))
			.hasValue("account.password.personal");
		assertThat(this.policy.problem("Kwame Mensah", null, "kwame mensah")).hasValue("account.password.personal");
		assertThat(this.policy.problem("jasmina walks to the river at dawn", "jasmina@example.org", "Jasmina"))
			.isEmpty();
	}

}
