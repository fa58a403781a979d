package org.kring.account.web;

import org.kring.system.web.FormErrors;

/**
 * The sign-up page.
 *
 * @param form what was typed, without the password
 * @param errors the problems to show next to the fields
 */
public record SignUpPage(SignUpForm form, FormErrors errors) {
}
