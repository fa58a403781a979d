/**
 * The expert pages and the experts' JSON API.
 */
@NullMarked
package org.kring.expertise.web;

import org.jspecify.annotations.NullMarked;
