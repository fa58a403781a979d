/**
 * Who may do what: the one security filter chain, its headers, and the hook through which
 * a module adds its own rules.
 */
@NullMarked
@NamedInterface("security")
package org.kring.system.security;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
