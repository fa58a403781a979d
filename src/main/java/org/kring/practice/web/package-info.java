/**
 * The pages, feed and JSON API of good practices.
 */
@NullMarked
package org.kring.practice.web;

import org.jspecify.annotations.NullMarked;
