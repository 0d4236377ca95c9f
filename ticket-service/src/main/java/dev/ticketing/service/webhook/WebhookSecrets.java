package dev.ticketing.service.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Generated webhook secrets: {@code whsec_} and 256 random bits.
 */
final class WebhookSecrets {

	static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSecrets() {
	}

	static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
