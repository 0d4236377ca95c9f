package dev.ticketing.service.shared;

import java.util.Optional;

/**
 * Looks through an exception's chain of causes.
 */
public final class Causes {

	private Causes() {
	}

	/** The first exception of this type in the chain, the exception itself included. */
	public static <T extends Throwable> Optional<T> find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return Optional.of(type.cast(cause));
			}
		}
		return Optional.empty();
	}

}
