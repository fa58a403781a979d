package org.kring.system.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values of associated entities a {@link Searchable}'s answers read, beside its own
 * columns: a change to one of them brings its index entry up to date, as a change to its
 * own columns does. Such as a post's {@code "thread.openToPublic"}, when the post is
 * found by whoever reads its thread. The association needs its inverse side mapped (a
 * {@code mappedBy} collection), through which the search finds the entries to renew.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SearchableAlsoReads {

	/**
	 * The paths, from the entity, to the values read: an association, a dot, and a
	 * property of the entity it leads to.
	 * @return the paths
	 */
	String[] value();

}
