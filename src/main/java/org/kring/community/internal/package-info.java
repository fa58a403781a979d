/**
 * The communities and memberships themselves, the rules of who may see and change them,
 * and the queries the pages read.
 */
@NullMarked
package org.kring.community.internal;

import org.jspecify.annotations.NullMarked;
