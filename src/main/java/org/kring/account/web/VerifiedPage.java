package org.kring.account.web;

/**
 * The page after following a valid verification link.
 */
public record VerifiedPage() {
}
