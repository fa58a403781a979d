/**
 * The public face of an instance: the home page and other public pages.
 */
@NullMarked
package org.kring.site;

import org.jspecify.annotations.NullMarked;
