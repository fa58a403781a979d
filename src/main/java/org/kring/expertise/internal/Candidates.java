package org.kring.expertise.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.kring.account.AccountManagement;
import org.kring.account.PersonSummary;

import org.springframework.stereotype.Component;

/**
 * Who a nomination's candidate is: the address a mail goes to, in which language, and the
 * account behind it, if any.
 */
@Component
class Candidates {

	private final AccountManagement accounts;

	private final RecruitmentMails mails;

	Candidates(AccountManagement accounts, RecruitmentMails mails) {
		this.accounts = accounts;
		this.mails = mails;
	}

	/**
	 * The address and language of a candidate's mail.
	 * @throws RecruitmentRefused when a person's account has no usable address
	 */
	RecruitmentMails.Addressee addressee(Nomination nomination) {
		Optional<PersonSummary> person = account(nomination);
		String email = person.map(PersonSummary::email).orElse(nomination.email());
		if (email == null) {
			throw new RecruitmentRefused("recruitment.invite.noAddress");
		}
		Locale language = person.map(PersonSummary::preferredLanguage).orElse(null);
		return new RecruitmentMails.Addressee(email, (language != null) ? language : this.mails.defaultLanguage());
	}

	/** The account of a nomination's candidate: by person, else by address. */
	Optional<PersonSummary> account(Nomination nomination) {
		if (nomination.personId() != null) {
			return this.accounts.find(nomination.personId()).filter((person) -> !person.erased());
		}
		return byAddress(nomination.email());
	}

	Optional<PersonSummary> byAddress(@Nullable String email) {
		return (email != null) ? this.accounts.findByEmail(email).filter((person) -> !person.erased())
				: Optional.empty();
	}

	Optional<PersonSummary> person(UUID id) {
		return this.accounts.find(id).filter((person) -> !person.erased());
	}

	String nameOf(@Nullable UUID personId) {
		return (personId != null) ? this.accounts.displayNameOf(personId) : AccountManagement.FORMER_MEMBER;
	}

}
