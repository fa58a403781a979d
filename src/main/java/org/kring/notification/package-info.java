/**
 * Notifications: what happens in a person's communities and to their own registrations,
 * practices and requests, learnt from the other modules' events (never by being called),
 * kept for the person's list at {@code /notifications} and the bell in every page's
 * header, and how much of it each person wants (an e-mail mode, and a level per
 * community); mailed as each person chose, at once or in a daily or weekly digest, every
 * mail with a one-click unsubscribe link.
 */
@NullMarked
package org.kring.notification;

import org.jspecify.annotations.NullMarked;
