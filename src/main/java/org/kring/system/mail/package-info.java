/**
 * Outgoing e-mail: one small interface the modules call, SMTP behind it.
 */
@NullMarked
package org.kring.system.mail;

import org.jspecify.annotations.NullMarked;
