package dev.ticketing.service.shared.web;

import java.io.IOException;

/**
 * A request body grew past the limit while it was being read.
 */
class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
