/**
 * The pages of notifications and of their preferences.
 */
@NullMarked
package org.kring.notification.web;

import org.jspecify.annotations.NullMarked;
