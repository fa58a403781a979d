/**
 * What every module's searchable things tell the search over everything.
 */
@NullMarked
@NamedInterface("search")
package org.kring.system.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
