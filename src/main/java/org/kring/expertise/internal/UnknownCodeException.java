package org.kring.expertise.internal;

/**
 * Thrown when a code names no field or qualification, retired or not.
 */
public class UnknownCodeException extends IllegalArgumentException {

	public UnknownCodeException(CatalogueKind kind, String code) {
		super("No " + kind.noun + " has the code '" + code + "'");
	}

}
