/**
 * People's accounts: sign-up, login, e-mail verification, passwords and one-time links,
 * profiles, and the export and erasure of personal data. This package is what other
 * modules may use: {@link org.kring.account.AccountManagement} to learn who a person is,
 * and {@link org.kring.account.PersonalData} to take part in a person's export and
 * erasure. The sub-packages are the module's own: {@code internal} the accounts
 * themselves, {@code security} logging in, {@code web} the pages.
 */
@NullMarked
package org.kring.account;

import org.jspecify.annotations.NullMarked;
