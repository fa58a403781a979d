/**
 * The result module's pages, mails and JSON API.
 */
@NullMarked
package org.kring.result.web;

import org.jspecify.annotations.NullMarked;
