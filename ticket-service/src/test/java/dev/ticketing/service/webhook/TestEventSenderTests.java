package dev.ticketing.service.webhook;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TestEventSenderTests {

	private final TestEventSender sender = new TestEventSender(
			new WebhookProperties(Duration.ofSeconds(5), Duration.ofMillis(300)), JsonMapper.builder().build(),
			Clock.systemUTC());

	private final WebhookReceiver receiver = WebhookReceiver.start();

	@AfterEach
	void stopReceiver() {
		this.receiver.close();
	}

	@Test
	void aReceiverThatAnswersTooLateHasNotReceivedTheEvent() {
		this.receiver.after(Duration.ofSeconds(1));

		WebhookTestResult result = this.sender.send(this.receiver.url(), "a-shared-secret-of-some-length");

		assertThat(result.delivered()).isFalse();
		assertThat(result.responseCode()).isNull();
		assertThat(result.error()).isEqualTo("No answer within 300 ms");
		assertThat(result.durationMs()).isBetween(300L, 990L);
	}

	@Test
	void aRedirectIsNotFollowed() {
		this.receiver.answering(307);

		WebhookTestResult result = this.sender.send(this.receiver.url(), "a-shared-secret-of-some-length");

		assertThat(result.delivered()).isFalse();
		assertThat(result.responseCode()).isEqualTo(307);
		assertThat(this.receiver.requests()).hasSize(1);
	}

	@Test
	void anUnknownHostHasNotReceivedTheEvent() {
		WebhookTestResult result = this.sender.send("http://no-such-host.invalid/hook",
				"a-shared-secret-of-some-length");

		assertThat(result.delivered()).isFalse();
		assertThat(result.responseCode()).isNull();
		assertThat(result.error()).isEqualTo("Unknown host");
	}

}
