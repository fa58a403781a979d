/**
 * The result module's own: signals, actions, tools and legislation tests, who may do what
 * with them, and the results a closed meeting leaves.
 */
@NullMarked
package org.kring.result.internal;

import org.jspecify.annotations.NullMarked;
