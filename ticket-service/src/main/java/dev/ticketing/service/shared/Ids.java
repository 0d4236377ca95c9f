package dev.ticketing.service.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * Ids as they arrive in URLs: anything that is not a UUID names no resource.
 */
public final class Ids {

	private Ids() {
	}

	public static Optional<UUID> parse(String id) {
		if (id == null || id.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public static UUID require(String id, String what) {
		return parse(id).orElseThrow(() -> new NotFoundException(what + " not found"));
	}

}
