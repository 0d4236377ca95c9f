package dev.ticketing.notifier.webhook;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import dev.ticketing.contracts.webhooks.WebhookSignature;
import dev.ticketing.notifier.webhook.WebhookDeliveries.Delivery;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Makes one webhook call: the event's envelope, signed with the subscription's secret.
 */
@Component
class WebhookSender {

	private final RestClient http;

	WebhookSender(WebhookProperties properties) {
		HttpClient client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
		requests.setReadTimeout(properties.readTimeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/**
	 * The receiver's status code; a failure to connect or to answer in time is an
	 * exception.
	 */
	int send(Delivery delivery) throws RestClientException {
		byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
		return this.http.post()
			.uri(delivery.url())
			.contentType(MediaType.APPLICATION_JSON)
			.header(WebhookSignature.EVENT_HEADER, delivery.eventType())
			.header(WebhookSignature.DELIVERY_HEADER, delivery.id().toString())
			.header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.secret(), body))
			.header("User-Agent", WebhookSignature.USER_AGENT)
			.body(body)
			.exchange((request, response) -> response.getStatusCode().value());
	}

}
