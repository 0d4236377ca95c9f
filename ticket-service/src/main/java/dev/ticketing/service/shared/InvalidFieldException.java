package dev.ticketing.service.shared;

/**
 * A field of the request body is unacceptable, e.g. an id that names nothing (400 naming
 * the field).
 */
public class InvalidFieldException extends RuntimeException {

	private final String field;

	public InvalidFieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
