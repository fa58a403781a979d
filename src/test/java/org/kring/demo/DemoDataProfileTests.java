package org.kring.demo;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kring.account.AccountManagement;
import org.kring.account.InstanceRole;
import org.kring.account.PersonSummary;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class DemoDataProfileTests {

	private final AccountManagement accounts = mock(AccountManagement.class);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(AccountManagement.class, () -> this.accounts)
		.withUserConfiguration(DemoData.class);

	@Test
	void productionHasNoDemoData() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(DemoData.class));
		this.runner.withPropertyValues("spring.profiles.active=test")
			.run((context) -> assertThat(context).doesNotHaveBean(DemoData.class));
	}

	@Test
	void developmentHasDemoData() {
		this.runner.withPropertyValues("spring.profiles.active=dev")
			.run((context) -> assertThat(context).hasSingleBean(DemoData.class));
	}

	@Test
	void nothingIsCreatedWhenTheDemoAdministratorExists() {
		given(this.accounts.findByEmail(DemoPeople.ADMINISTRATOR))
			.willReturn(Optional.of(new PersonSummary(java.util.UUID.randomUUID(), "Mirte Oosterbaan",
					DemoPeople.ADMINISTRATOR, null, true, false, false)));
		assertThat(new DemoData(this.accounts).load()).isZero();
		verify(this.accounts, never()).createVerified(anyString(), anyString(), anyString(), any(),
				any(InstanceRole.class));
	}

	@Test
	void everyoneIsCreatedOnAnEmptyDatabaseTheAdministratorLast() {
		given(this.accounts.findByEmail(anyString())).willReturn(Optional.empty());
		assertThat(new DemoData(this.accounts).load()).isEqualTo(DemoPeople.ALL.size());
		verify(this.accounts, times(1)).createVerified("Mirte Oosterbaan", DemoPeople.ADMINISTRATOR,
				DemoPeople.PASSWORD, java.util.Locale.of("nl"), InstanceRole.ADMINISTRATOR);
		ArgumentCaptor<String> emails = ArgumentCaptor.forClass(String.class);
		verify(this.accounts, times(DemoPeople.ALL.size())).createVerified(anyString(), emails.capture(), anyString(),
				any(), any(InstanceRole.class));
		assertThat(emails.getAllValues()).doesNotHaveDuplicates().last().isEqualTo(DemoPeople.ADMINISTRATOR);
	}

}
