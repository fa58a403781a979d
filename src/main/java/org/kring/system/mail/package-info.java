/**
 * Outgoing e-mail: one small interface the modules call, SMTP behind it.
 */
@NullMarked
@NamedInterface("mail")
package org.kring.system.mail;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
