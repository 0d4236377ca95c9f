package dev.ticketing.contracts.rest;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user account. {@code apiKey} is present only in the one response that generated it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserResponse(UUID id, String username, String displayName,
		@JsonInclude(JsonInclude.Include.ALWAYS) String email, Role role, String apiKey) {

}
