/**
 * The expert pages (an expert's own profile form, the profiles others read, the finder,
 * the recruitment board and the invitation links candidates answer, requests for an
 * expert's input) and the experts' JSON API.
 */
@NullMarked
package org.kring.expertise.web;

import org.jspecify.annotations.NullMarked;
