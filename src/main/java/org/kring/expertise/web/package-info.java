/**
 * The expertise module's pages: an expert's own profile form and the profile pages others
 * read.
 */
@NullMarked
package org.kring.expertise.web;

import org.jspecify.annotations.NullMarked;
