/**
 * The publications, their versions, translations, files and curricula, and who may read
 * and write them.
 */
@NullMarked
package org.kring.library.internal;

import org.jspecify.annotations.NullMarked;
