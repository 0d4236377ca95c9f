package dev.ticketing.service.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	@Test
	void signsWithHmacSha256InLowerCaseHex() {
		// RFC 4231, test case 2
		assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void theSecretIsTakenAsUtf8() {
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		assertThat(WebhookSignature.sign("geheimnis-über-16", body))
			.isNotEqualTo(WebhookSignature.sign("geheimnis-uber-16", body))
			.matches("sha256=[0-9a-f]{64}");
	}

}
