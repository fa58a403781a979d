/**
 * Countries and languages by their ISO codes, named in the reader's language.
 */
@NullMarked
@NamedInterface("i18n")
package org.kring.system.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
