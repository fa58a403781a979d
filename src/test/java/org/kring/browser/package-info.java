/**
 * Browser tests: real Chromium driven by Playwright against the application on a random
 * port, with an accessibility check on every page, a guard against requests to any other
 * origin and a mail server that catches what the application sends.
 */
@NullMarked
package org.kring.browser;

import org.jspecify.annotations.NullMarked;
