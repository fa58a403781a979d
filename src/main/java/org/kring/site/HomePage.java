package org.kring.site;

/**
 * The home page's model.
 *
 * @param instanceName the name of this instance
 */
public record HomePage(String instanceName) {
}
