/**
 * Routing events to people by their preferences, storing and reading notifications and
 * preferences.
 */
@NullMarked
package org.kring.notification.internal;

import org.jspecify.annotations.NullMarked;
