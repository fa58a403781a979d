/**
 * Communities of practice, learning networks, expert pools, advisory bodies and project
 * consortia: their domain, practice, themes and places, who may see them, and the roles
 * people hold in them. This package is what other modules may use:
 * {@link org.kring.community.CommunityManagement} to find communities and the role a
 * person holds in one, the kinds and policies, the events a community publishes, and
 * {@link org.kring.community.CommunityPageSection} to add a section to a community's
 * page. The sub-packages are the module's own: {@code internal} the communities and
 * memberships themselves, {@code web} the pages and the JSON API.
 */
@NullMarked
package org.kring.community;

import org.jspecify.annotations.NullMarked;
