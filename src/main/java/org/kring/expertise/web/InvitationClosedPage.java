package org.kring.expertise.web;

import org.jspecify.annotations.Nullable;

/**
 * The page of an invitation link that can no longer be answered.
 *
 * @param key the message key that says why: accepted already, declined, withdrawn, or no
 * such invitation
 * @param communityPath the community's address when the reader may go there now, or null
 * @param logIn whether to offer logging in
 */
public record InvitationClosedPage(String key, @Nullable String communityPath, boolean logIn) {
}
