package dev.ticketing.service.shared;

/**
 * The request contradicts the current state, e.g. a duplicate name or a CTI node still in
 * use (409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
