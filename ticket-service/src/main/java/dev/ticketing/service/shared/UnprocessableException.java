package dev.ticketing.service.shared;

/**
 * The request is well-formed but cannot be carried out as asked (422).
 */
public class UnprocessableException extends RuntimeException {

	public UnprocessableException(String message) {
		super(message);
	}

}
