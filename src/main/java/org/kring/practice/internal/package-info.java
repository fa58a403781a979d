/**
 * Good practices themselves: the template, the workflow, the evaluation and who may do
 * what.
 */
@NullMarked
package org.kring.practice.internal;

import org.jspecify.annotations.NullMarked;
