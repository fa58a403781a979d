/**
 * What every module's JSON API under {@code /api/v1} shares: controllers marked
 * {@link org.kring.system.api.ApiController}, pagination with {@code page} and
 * {@code size}, a list's filters read and refused in one way
 * ({@link org.kring.system.api.ApiQuery}), and errors as RFC 9457 problem details.
 */
@NullMarked
@NamedInterface("api")
package org.kring.system.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
