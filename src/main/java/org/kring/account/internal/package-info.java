/**
 * The accounts themselves, hidden from other modules: people and the links mailed to
 * them, signing up, passwords, login links, profile changes, the mails these send, and
 * the personal data the account holds.
 */
@NullMarked
package org.kring.account.internal;

import org.jspecify.annotations.NullMarked;
