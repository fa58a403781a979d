/**
 * People's accounts: sign-up, login, e-mail verification, passwords and one-time links,
 * profiles and privacy settings, and the export and erasure of personal data.
 */
@NullMarked
package org.kring.account;

import org.jspecify.annotations.NullMarked;
