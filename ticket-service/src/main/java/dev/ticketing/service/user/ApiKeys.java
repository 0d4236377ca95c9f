package dev.ticketing.service.user;

import java.security.SecureRandom;
import java.util.Base64;

import dev.ticketing.service.shared.Hashing;

/**
 * API keys of SERVICE accounts: {@code sk_} and 256 random bits. Only their SHA-256 is
 * stored; a slow hash adds nothing for a secret this long, and the digest can be looked
 * up by index.
 */
public final class ApiKeys {

	public static final String PREFIX = "sk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeys() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String apiKey) {
		return Hashing.sha256(apiKey);
	}

}
