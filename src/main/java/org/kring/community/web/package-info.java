/**
 * The community pages: among them joining, applying, invitations, the members list, its
 * management and the membership history.
 */
@NullMarked
package org.kring.community.web;

import org.jspecify.annotations.NullMarked;
