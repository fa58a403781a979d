/**
 * Generated knowledge for measuring the search ({@code bench} profile) only: many
 * fictional practices and publications written straight into the database, never in
 * production.
 */
@NullMarked
package org.kring.demo.bench;

import org.jspecify.annotations.NullMarked;
