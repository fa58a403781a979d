package org.kring.account.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.kring.account.internal.Person;
import org.kring.system.web.FormErrors;
import org.kring.system.web.Languages;

/**
 * The profile page's model: the account as stored, and one form per change, the one just
 * submitted with what was typed and its problems.
 *
 * @param displayName the display name as stored
 * @param email the e-mail address as stored
 * @param language the preferred language's tag, or null for the browser's
 * @param hasPassword whether the account has a password (the forms ask for it)
 * @param pendingEmails new addresses waiting for their link to be followed
 * @param deleteWord the word that confirms the deletion of an account without a password
 * @param nameForm the display-name form
 * @param languageForm the language form
 * @param emailForm the e-mail form
 * @param passwordForm the password form
 * @param deletionForm the deletion form
 * @param errors the problems of the submitted form, by field
 */
public record ProfilePage(String displayName, @Nullable String email, @Nullable String language, boolean hasPassword,
		List<String> pendingEmails, String deleteWord, DisplayNameForm nameForm, LanguageForm languageForm,
		EmailChangeForm emailForm, PasswordChangeForm passwordForm, AccountDeletionForm deletionForm,
		FormErrors errors) {

	static ProfilePage of(Person person, List<String> pendingEmails, String deleteWord) {
		Locale preferred = person.preferredLanguage();
		String language = (preferred != null) ? preferred.toLanguageTag() : null;
		return new ProfilePage(person.displayName(), person.email(), language, person.hasPassword(), pendingEmails,
				deleteWord, new DisplayNameForm(person.displayName()),
				new LanguageForm((language != null) ? language : ""), EmailChangeForm.empty(),
				PasswordChangeForm.empty(), AccountDeletionForm.empty(), FormErrors.none());
	}

	ProfilePage with(DisplayNameForm form, FormErrors errors) {
		return new ProfilePage(this.displayName, this.email, this.language, this.hasPassword, this.pendingEmails,
				this.deleteWord, form, this.languageForm, this.emailForm, this.passwordForm, this.deletionForm, errors);
	}

	ProfilePage with(LanguageForm form, FormErrors errors) {
		return new ProfilePage(this.displayName, this.email, this.language, this.hasPassword, this.pendingEmails,
				this.deleteWord, this.nameForm, form, this.emailForm, this.passwordForm, this.deletionForm, errors);
	}

	ProfilePage with(EmailChangeForm form, FormErrors errors) {
		return new ProfilePage(this.displayName, this.email, this.language, this.hasPassword, this.pendingEmails,
				this.deleteWord, this.nameForm, this.languageForm, form, this.passwordForm, this.deletionForm, errors);
	}

	ProfilePage with(PasswordChangeForm form, FormErrors errors) {
		return new ProfilePage(this.displayName, this.email, this.language, this.hasPassword, this.pendingEmails,
				this.deleteWord, this.nameForm, this.languageForm, this.emailForm, form, this.deletionForm, errors);
	}

	ProfilePage with(AccountDeletionForm form, FormErrors errors) {
		return new ProfilePage(this.displayName, this.email, this.language, this.hasPassword, this.pendingEmails,
				this.deleteWord, this.nameForm, this.languageForm, this.emailForm, this.passwordForm, form, errors);
	}

	/**
	 * The name of the preferred language in that language.
	 * @return such as "Nederlands", or null when the person left it to the browser
	 */
	public @Nullable String languageName() {
		return Languages.SUPPORTED.stream()
			.filter((offered) -> offered.tag().equals(this.language))
			.map(Languages.Language::name)
			.findFirst()
			.orElse(null);
	}

}
