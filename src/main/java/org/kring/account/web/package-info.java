/**
 * The account pages: sign-up, login, e-mail links, passwords and the profile, with their
 * forms and page models.
 */
@NullMarked
package org.kring.account.web;

import org.jspecify.annotations.NullMarked;
