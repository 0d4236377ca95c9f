package dev.ticketing.contracts.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook delivery is signed: header {@value #SIGNATURE_HEADER} carries
 * {@code sha256=} and the lower-case hex HMAC-SHA256 of the exact request body, keyed
 * with the subscription's secret (its UTF-8 bytes). Receivers recompute it over the raw
 * body before parsing it.
 */
public final class WebhookSignature {

	/** Header carrying the event type, e.g. {@code ticket.status_changed}. */
	public static final String EVENT_HEADER = "X-Ticketing-Event";

	/**
	 * Header carrying the delivery id: the same for every retry of one delivery, so a
	 * receiver can drop what it has already processed.
	 */
	public static final String DELIVERY_HEADER = "X-Ticketing-Delivery";

	/** Header carrying the signature, {@code sha256=<hex>}. */
	public static final String SIGNATURE_HEADER = "X-Ticketing-Signature";

	/** The User-Agent of every webhook call, test events included. */
	public static final String USER_AGENT = "Ticketing-Webhooks/1";

	private static final String PREFIX = "sha256=";

	private static final String ALGORITHM = "HmacSHA256";

	private WebhookSignature() {
	}

	/**
	 * The value of {@value #SIGNATURE_HEADER} for {@code body}.
	 * @throws IllegalArgumentException if the secret is empty
	 */
	public static String sign(String secret, byte[] body) {
		if (secret == null || secret.isEmpty()) {
			throw new IllegalArgumentException("A webhook secret must not be empty");
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			// Every Java platform must provide HmacSHA256
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether {@code header} is the signature of {@code body}, compared in constant time
	 * so that a caller cannot guess it byte by byte from response times.
	 */
	public static boolean matches(String secret, byte[] body, String header) {
		if (header == null) {
			return false;
		}
		byte[] expected = sign(secret, body).getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8));
	}

}
