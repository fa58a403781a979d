package org.kring.account;

/**
 * The page after following a valid verification link.
 */
public record VerifiedPage() {
}
