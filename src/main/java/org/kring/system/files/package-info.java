/**
 * Uploaded files kept on disk: checked by content, stored with a checksum, served safely.
 */
@NullMarked
@NamedInterface("files")
package org.kring.system.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
