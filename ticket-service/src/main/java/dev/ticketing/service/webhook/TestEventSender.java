package dev.ticketing.service.webhook;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.webhooks.WebhookSignature;
import dev.ticketing.service.shared.Causes;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends a signed test event to a webhook URL and says how the receiver answered. The
 * request looks like a real delivery of notifier-worker (same headers, signature and
 * User-Agent), so a receiver can be checked end to end before any ticket changes.
 */
@Component
class TestEventSender {

	static final String TEST_EVENT_TYPE = "webhook.test";

	private final RestClient http;

	private final JsonMapper json;

	private final Clock clock;

	private final WebhookProperties properties;

	TestEventSender(WebhookProperties properties, JsonMapper json, Clock clock) {
		// Redirects are not followed: a receiver must answer at the URL it was given.
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.connectTimeout())
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
		requestFactory.setReadTimeout(properties.readTimeout());
		this.http = RestClient.builder().requestFactory(requestFactory).build();
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	WebhookTestResult send(String url, String secret) {
		byte[] body = this.json.writeValueAsBytes(envelope());
		long start = System.nanoTime();
		try {
			Integer status = this.http.post()
				.uri(URI.create(url))
				.contentType(MediaType.APPLICATION_JSON)
				.header(WebhookSignature.EVENT_HEADER, TEST_EVENT_TYPE)
				.header(WebhookSignature.DELIVERY_HEADER, UUID.randomUUID().toString())
				.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, body))
				.header("User-Agent", WebhookSignature.USER_AGENT)
				.body(body)
				.exchange((request, response) -> response.getStatusCode().value());
			boolean delivered = status != null && status >= 200 && status < 300;
			return new WebhookTestResult(delivered, status, delivered ? null : "The receiver answered " + status,
					millisSince(start));
		}
		catch (RestClientException | IllegalArgumentException ex) {
			return new WebhookTestResult(false, null, reason(ex), millisSince(start));
		}
	}

	private TestEnvelope envelope() {
		return new TestEnvelope(UUID.randomUUID(), TEST_EVENT_TYPE, TicketEvent.VERSION, this.clock.instant(), null,
				null, null, null, "Test event from Ticketing", Map.of(), null);
	}

	private String reason(Exception ex) {
		if (Causes.find(ex, HttpConnectTimeoutException.class).isPresent()) {
			return "Could not connect within " + describe(this.properties.connectTimeout());
		}
		if (Causes.find(ex, HttpTimeoutException.class).isPresent()) {
			return "No answer within " + describe(this.properties.readTimeout());
		}
		if (Causes.find(ex, UnresolvedAddressException.class).isPresent()
				|| Causes.find(ex, UnknownHostException.class).isPresent()) {
			return "Unknown host";
		}
		if (Causes.find(ex, ConnectException.class).isPresent()) {
			// The JDK client's ConnectException has no message, only a
			// ClosedChannelException
			// as its cause.
			return "Connection refused";
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private static String describe(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

	private static long millisSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start).toMillis();
	}

	/**
	 * The v1 event envelope with type {@value #TEST_EVENT_TYPE} and no ticket, so a
	 * receiver parses a test event with the same code as a real one.
	 */
	record TestEnvelope(UUID eventId, String type, int version, Instant occurredAt, UUID ticketId, String displayId,
			Object actor, String action, String detail, Map<String, Object> changes, Object ticket) {

	}

}
