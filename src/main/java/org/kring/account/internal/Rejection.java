package org.kring.account.internal;

/**
 * Why a change to an account was refused, to be shown next to the field that caused it.
 *
 * @param field the form field
 * @param messageKey the message key of the explanation
 */
public record Rejection(String field, String messageKey) {
}
