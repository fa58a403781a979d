package org.kring.account.web;

/**
 * "Check your mail": the same page whether the address has an account or not.
 *
 * @param request what was asked for
 */
public record CheckMailPage(EmailRequest request) {
}
