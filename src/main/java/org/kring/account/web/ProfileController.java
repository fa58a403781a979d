package org.kring.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.kring.account.internal.AccountSettings;
import org.kring.account.EmailAddresses;
import org.kring.account.internal.Person;
import org.kring.account.internal.Rejection;
import org.kring.account.security.SignedInPerson;
import org.kring.account.security.SignedInSessions;
import org.kring.system.mail.Mailer;
import org.kring.system.web.FormErrors;
import org.kring.system.web.PageContext;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own profile at {@code /account}: one form per change, each
 * posted on its own. There is no person id in any address: every request acts on the
 * signed-in person.
 */
@Controller
class ProfileController {

	static final String VIEW = "account/profile";

	static final String CONFIRM_VIEW = "account/profile-email-confirm";

	static final String REDIRECT = "redirect:/account";

	private final AccountSettings settings;

	private final SignedInSessions sessions;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	ProfileController(AccountSettings settings, SignedInSessions sessions, MessageSource messages,
			LocaleResolver localeResolver) {
		this.settings = settings;
		this.sessions = sessions;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal @Nullable SignedInPerson me, Locale locale, Model model) {
		model.addAttribute("page", page(me, locale));
		return VIEW;
	}

	/**
	 * The addresses the forms post to, opened directly (such as by the language switcher
	 * after a rejected form), lead back to the profile.
	 */
	@GetMapping({ "/account/name", "/account/language", "/account/email", "/account/password", "/account/delete" })
	String back() {
		return REDIRECT;
	}

	@PostMapping("/account/name")
	String rename(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@Valid @ModelAttribute("nameForm") DisplayNameForm form, BindingResult result, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return rejected(me, locale, model, response, (page) -> page.with(form, FormErrors.of(result)));
		}
		Person person = this.settings.rename(id(me), form.displayName());
		this.sessions.refresh(person, request, response);
		return saved(redirect, "profile.displayName.saved");
	}

	@PostMapping("/account/language")
	String chooseLanguage(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@ModelAttribute("languageForm") LanguageForm form, BindingResult result, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.isValid()) {
			result.rejectValue("language", "profile.language.unknown");
		}
		if (result.hasErrors()) {
			return rejected(me, locale, model, response, (page) -> page.with(form, FormErrors.of(result)));
		}
		Locale chosen = form.chosen();
		Person person = this.settings.chooseLanguage(id(me), chosen);
		this.sessions.refresh(person, request, response);
		if (chosen != null) {
			this.localeResolver.setLocale(request, response, chosen);
		}
		return saved(redirect, "profile.language.saved");
	}

	@PostMapping("/account/email")
	String changeEmail(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@Valid @ModelAttribute("emailForm") EmailChangeForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String newEmail = form.newEmail();
		if (!result.hasFieldErrors(AccountSettings.FIELD_EMAIL) && newEmail != null) {
			if (newEmail.strip().length() > EmailAddresses.MAX_LENGTH) {
				result.rejectValue(AccountSettings.FIELD_EMAIL, "profile.email.long");
			}
			else if (!EmailAddresses.isPlausible(newEmail)) {
				result.rejectValue(AccountSettings.FIELD_EMAIL, "profile.email.invalid");
			}
		}
		if (!result.hasErrors() && newEmail != null) {
			try {
				reject(result, this.settings.requestEmailChange(id(me), newEmail, form.emailPassword(), locale));
			}
			catch (Mailer.MailNotSent ex) {
				result.rejectValue(AccountSettings.FIELD_EMAIL, "profile.email.notSent");
			}
		}
		if (result.hasErrors()) {
			EmailChangeForm typed = new EmailChangeForm(newEmail, null);
			return rejected(me, locale, model, response, (page) -> page.with(typed, FormErrors.of(result)));
		}
		return saved(redirect, "profile.email.sent");
	}

	@GetMapping("/account/email/confirm")
	String showEmailConfirmation(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@RequestParam(name = "token", required = false) @Nullable String token, Model model,
			HttpServletResponse response) {
		Optional<String> newEmail = this.settings.peekEmailChange(id(me), token);
		if (newEmail.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("page", new EmailConfirmPage(EmailConfirmPage.State.INVALID, null, null));
		}
		else {
			model.addAttribute("page", new EmailConfirmPage(EmailConfirmPage.State.READY, newEmail.get(), token));
		}
		return CONFIRM_VIEW;
	}

	@PostMapping("/account/email/confirm")
	String confirmEmail(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@RequestParam(name = "token", required = false) @Nullable String token, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		AccountSettings.EmailConfirmation confirmation;
		try {
			confirmation = this.settings.confirmEmailChange(id(me), token);
		}
		catch (DataIntegrityViolationException ex) {
			confirmation = AccountSettings.EmailConfirmation.taken();
		}
		Person person = confirmation.person();
		if (confirmation.outcome() != AccountSettings.EmailConfirmation.Outcome.CHANGED || person == null) {
			boolean taken = confirmation.outcome() == AccountSettings.EmailConfirmation.Outcome.TAKEN;
			response.setStatus(taken ? HttpStatus.CONFLICT.value() : HttpStatus.GONE.value());
			model.addAttribute("page", new EmailConfirmPage(
					taken ? EmailConfirmPage.State.TAKEN : EmailConfirmPage.State.INVALID, null, null));
			return CONFIRM_VIEW;
		}
		String current = SignedInSessions.currentSessionId(request);
		this.sessions.endAll(confirmation.oldEmail(), current);
		this.sessions.refresh(person, request, response);
		return saved(redirect, "profile.email.changed");
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			reject(result, this.settings.changePassword(id(me), form.currentPassword(), form.newPassword()));
		}
		if (result.hasErrors()) {
			return rejected(me, locale, model, response,
					(page) -> page.with(PasswordChangeForm.empty(), FormErrors.of(result)));
		}
		this.sessions.endAll(signedIn(me).getUsername(), SignedInSessions.currentSessionId(request));
		return saved(redirect, "profile.password.saved");
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal @Nullable SignedInPerson me,
			@ModelAttribute("deletionForm") AccountDeletionForm form, BindingResult result, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			reject(result, this.settings.deleteAccount(id(me), form.deletePassword(), form.deleteConfirmation(),
					confirmationWords(locale)));
		}
		if (result.hasErrors()) {
			AccountDeletionForm typed = new AccountDeletionForm(null, form.deleteConfirmation());
			return rejected(me, locale, model, response, (page) -> page.with(typed, FormErrors.of(result)));
		}
		this.sessions.signOut(request, response);
		this.sessions.endAll(signedIn(me).getUsername(), null);
		redirect.addFlashAttribute(PageContext.NOTICE, "profile.delete.done");
		return "redirect:/";
	}

	private ProfilePage page(@Nullable SignedInPerson me, Locale locale) {
		AccountSettings.Profile profile = this.settings.load(id(me));
		return ProfilePage.of(profile.person(), profile.pendingEmails(), deleteWord(locale));
	}

	private String rejected(@Nullable SignedInPerson me, Locale locale, Model model, HttpServletResponse response,
			Function<ProfilePage, ProfilePage> typed) {
		AccountForms.rejected(response);
		model.addAttribute("page", typed.apply(page(me, locale)));
		return VIEW;
	}

	private static String saved(RedirectAttributes redirect, String noticeKey) {
		redirect.addFlashAttribute(PageContext.NOTICE, noticeKey);
		return REDIRECT;
	}

	private String deleteWord(Locale locale) {
		return this.messages.getMessage("profile.delete.word", null, "DELETE", locale);
	}

	private List<String> confirmationWords(Locale locale) {
		return List.of(deleteWord(locale), deleteWord(Locale.ENGLISH));
	}

	private static void reject(BindingResult result, Optional<Rejection> rejection) {
		rejection.ifPresent((refused) -> result.rejectValue(refused.field(), refused.messageKey()));
	}

	private static UUID id(@Nullable SignedInPerson me) {
		return signedIn(me).id();
	}

	private static SignedInPerson signedIn(@Nullable SignedInPerson me) {
		if (me == null) {
			throw new AccessDeniedException("Not signed in as a person");
		}
		return me;
	}

}
