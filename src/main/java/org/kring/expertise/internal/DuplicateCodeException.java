package org.kring.expertise.internal;

/**
 * Thrown when a new field or qualification would get the code of one that exists, retired
 * or not: its English name is the same as, or differs only in case or punctuation from,
 * one already there.
 */
public class DuplicateCodeException extends IllegalArgumentException {

	public DuplicateCodeException(CatalogueKind kind, String code) {
		super("A " + kind.noun + " with the code '" + code + "' exists already");
	}

}
