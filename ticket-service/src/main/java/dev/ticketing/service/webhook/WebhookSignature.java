package dev.ticketing.service.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Ticketing-Signature} of a delivery: {@code sha256=} and the lower-case hex
 * HMAC-SHA256 of the exact body bytes, keyed with the UTF-8 bytes of the secret.
 * notifier-worker signs its deliveries the same way, so a receiver checks test events and
 * real ones alike.
 */
final class WebhookSignature {

	static final String HEADER = "X-Ticketing-Signature";

	private static final String ALGORITHM = "HmacSHA256";

	private WebhookSignature() {
	}

	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

}
