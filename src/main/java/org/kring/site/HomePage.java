package org.kring.site;

/**
 * The home page's model.
 *
 * @param instanceName the name of this instance
 * @param loggedOut whether the visitor has just logged out
 */
public record HomePage(String instanceName, boolean loggedOut) {
}
