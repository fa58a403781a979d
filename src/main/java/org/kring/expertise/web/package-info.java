/**
 * The expert pages: participation requests to experts and their replies.
 */
@NullMarked
package org.kring.expertise.web;

import org.jspecify.annotations.NullMarked;
