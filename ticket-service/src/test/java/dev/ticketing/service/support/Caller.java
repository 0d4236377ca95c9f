package dev.ticketing.service.support;

import java.util.UUID;

/**
 * Who sends a request: a logged-in user with a JWT, a SERVICE account with its API key,
 * or nobody.
 */
public record Caller(UUID id, String username, String header, String credential) {

	public static final Caller ANONYMOUS = new Caller(null, null, null, null);

	public static Caller bearer(UUID id, String username, String token) {
		return new Caller(id, username, "Authorization", "Bearer " + token);
	}

	public static Caller apiKey(UUID id, String username, String apiKey) {
		return new Caller(id, username, "X-Api-Key", apiKey);
	}

	public Caller withCredential(String credential) {
		return new Caller(this.id, this.username, this.header, credential);
	}

}
