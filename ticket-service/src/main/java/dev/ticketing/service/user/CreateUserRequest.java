package dev.ticketing.service.user;

import dev.ticketing.contracts.rest.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/users}; {@code password} is required except for SERVICE
 * accounts.
 */
public record CreateUserRequest(
		@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*",
				message = "may contain only letters, digits, '.', '_' and '-'") String username,
		@Email @Size(max = 254) String email, @Size(max = 100) String displayName,
		@Size(min = 8, max = 72) String password, @NotNull Role role) {

}
