package dev.ticketing.contracts.webhooks;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Expected values computed with {@code openssl dgst -sha256 -hmac <secret>}.
 */
class WebhookSignatureTests {

	private static final String SECRET = "whsec_3c9f1d2a7b";

	private static final byte[] BODY = """
			{"eventId":"dfaffcff-5c8b-403e-999e-fb15736a9b5c","type":"ticket.created"}"""
		.getBytes(StandardCharsets.UTF_8);

	private static final String SIGNATURE = "sha256=948fd1581680d786367207b6765b54591bede47c8f58f122bcd501b711c85502";

	@Test
	void signsTheBodyWithHmacSha256InLowerCaseHex() {
		assertThat(WebhookSignature.sign(SECRET, BODY)).isEqualTo(SIGNATURE);
	}

	@Test
	void matchesTheRfc4231Vector() {
		assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void keysWithTheUtf8BytesOfTheSecret() {
		assertThat(WebhookSignature.sign("sécret-🔑", "Open → In Progress".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=c616912267da55cc9a108406ab338f4652fcd279c25f7019010ea53311e3a74d");
	}

	@Test
	void signsAnEmptyBody() {
		assertThat(WebhookSignature.sign(SECRET, new byte[0]))
			.isEqualTo("sha256=a6a3d5a4f59a2766e234ae7a3764a60f880690c7739e77f5747f02c0a047ba84");
	}

	@Test
	void acceptsTheSignatureOfTheBody() {
		assertThat(WebhookSignature.matches(SECRET, BODY, SIGNATURE)).isTrue();
	}

	@Test
	void refusesASignatureOfAnotherBodySecretOrForm() {
		byte[] tampered = "{\"eventId\":\"dfaffcff-5c8b-403e-999e-fb15736a9b5c\",\"type\":\"ticket.deleted\"}"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignature.matches(SECRET, tampered, SIGNATURE)).isFalse();
		assertThat(WebhookSignature.matches("whsec_other", BODY, SIGNATURE)).isFalse();
		assertThat(WebhookSignature.matches(SECRET, BODY, SIGNATURE.substring("sha256=".length()))).isFalse();
		assertThat(WebhookSignature.matches(SECRET, BODY, SIGNATURE.toUpperCase())).isFalse();
		assertThat(WebhookSignature.matches(SECRET, BODY, "")).isFalse();
		assertThat(WebhookSignature.matches(SECRET, BODY, null)).isFalse();
	}

	@Test
	void refusesAnEmptySecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.sign("", BODY));
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.matches(null, BODY, SIGNATURE));
	}

}
