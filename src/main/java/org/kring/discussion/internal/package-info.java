/**
 * Threads and posts, who may do what with them, and the text of posts: rendering,
 * excerpts, mentions and the length limit.
 */
@NullMarked
package org.kring.discussion.internal;

import org.jspecify.annotations.NullMarked;
