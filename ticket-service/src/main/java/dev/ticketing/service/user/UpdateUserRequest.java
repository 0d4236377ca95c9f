package dev.ticketing.service.user;

import dev.ticketing.contracts.rest.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /api/users/:id}: absent fields stay as they are; an empty
 * {@code email} removes it.
 */
public record UpdateUserRequest(
		@Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String displayName,
		@Email @Size(max = 254) String email, @Size(min = 8, max = 72) String password, Role role,
		Boolean regenerateApiKey) {

}
