/**
 * How the expertise catalogues are stored, read and maintained by administrators.
 */
@NullMarked
package org.kring.expertise.internal;

import org.jspecify.annotations.NullMarked;
