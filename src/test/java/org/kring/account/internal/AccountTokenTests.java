package org.kring.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTokenTests {

	private final Clock issued = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

	@Test
	void linkIsUsableUntilItsValidityHasPassed() {
		AccountToken link = new AccountToken(UUID.randomUUID(), AccountToken.Purpose.RESET_PASSWORD, "hash", null,
				this.issued.instant());
		assertThat(link.isUsable(later(Duration.ofMinutes(59)))).isTrue();
		assertThat(link.isUsable(later(Duration.ofHours(1)))).isFalse();
	}

	@Test
	void usedLinkIsNotUsableAnyMore() {
		AccountToken link = new AccountToken(UUID.randomUUID(), AccountToken.Purpose.LOGIN_LINK, "hash", null,
				this.issued.instant());
		link.use(later(Duration.ofMinutes(1)));
		assertThat(link.isUsable(later(Duration.ofMinutes(2)))).isFalse();
	}

	@Test
	void eachPurposeHasItsValidity() {
		assertThat(AccountToken.Purpose.VERIFY_EMAIL.validity()).isEqualTo(Duration.ofHours(48));
		assertThat(AccountToken.Purpose.RESET_PASSWORD.validity()).isEqualTo(Duration.ofHours(1));
		assertThat(AccountToken.Purpose.LOGIN_LINK.validity()).isEqualTo(Duration.ofMinutes(15));
		assertThat(AccountToken.Purpose.SET_PASSWORD.validity()).isEqualTo(Duration.ofDays(7));
	}

	private Instant later(Duration duration) {
		return Clock.offset(this.issued, duration).instant();
	}

}
