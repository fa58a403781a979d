package org.kring.account.web;

import org.kring.system.web.FormErrors;

/**
 * A page that asks for an e-mail address to send something to; also the page of a link
 * that no longer works, which offers a new one.
 *
 * @param request what will be sent
 * @param linkUnusable whether the person came through a link that is unknown, used or
 * expired
 * @param form what was typed
 * @param errors the problems to show next to the field
 */
public record EmailRequestPage(EmailRequest request, boolean linkUnusable, EmailForm form, FormErrors errors) {

	static EmailRequestPage blank(EmailRequest request) {
		return new EmailRequestPage(request, false, EmailForm.empty(), FormErrors.none());
	}

	static EmailRequestPage unusableLink(EmailRequest request) {
		return new EmailRequestPage(request, true, EmailForm.empty(), FormErrors.none());
	}

}
