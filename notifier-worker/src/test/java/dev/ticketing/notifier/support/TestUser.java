package dev.ticketing.notifier.support;

import java.util.UUID;

import dev.ticketing.contracts.rest.UserRef;

/**
 * A row of the users table made for one test.
 *
 * @param email {@code null} for a user without one
 */
public record TestUser(UUID id, String username, String displayName, String email) {

	public UserRef ref() {
		return new UserRef(this.id, this.username, this.displayName);
	}

}
