package org.kring.account;

/**
 * Why a change to an account was refused, to be shown next to the field that caused it.
 *
 * @param field the form field
 * @param messageKey the message key of the explanation
 */
record Rejection(String field, String messageKey) {
}
