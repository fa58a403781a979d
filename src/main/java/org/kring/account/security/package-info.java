/**
 * How a person logs in and stays logged in: the login form's place in the security chain,
 * the throttle in front of it, the signed-in principal and the web sessions it lives in.
 */
@NullMarked
package org.kring.account.security;

import org.jspecify.annotations.NullMarked;
