/**
 * The web layer every page shares: jte views, the page context, languages and error
 * pages.
 */
@NullMarked
@NamedInterface("web")
package org.kring.system.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
