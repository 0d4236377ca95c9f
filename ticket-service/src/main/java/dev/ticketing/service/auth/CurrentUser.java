package dev.ticketing.service.auth;

import java.util.UUID;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.contracts.rest.UserRef;
import dev.ticketing.service.user.User;

/**
 * Who is making the request, as checked against the database for this request.
 */
public record CurrentUser(UUID id, String username, String displayName, Role role) {

	public static CurrentUser of(User user) {
		return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole());
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

	public UserRef ref() {
		return new UserRef(this.id, this.username, this.displayName);
	}

}
