package dev.ticketing.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A webhook subscription. {@code secret} is present only in the one response that
 * generated it; {@code lastDelivery} is {@code null} until the first delivery attempt.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookResponse(UUID id, String url, List<String> eventTypes, boolean active, Instant createdAt,
		Instant updatedAt, @JsonInclude(JsonInclude.Include.ALWAYS) LastDelivery lastDelivery, String secret) {

	/**
	 * The outcome of the last delivery attempt.
	 *
	 * @param status {@code DELIVERED}, {@code FAILED} or {@code DEAD_LETTERED}
	 * @param responseCode the receiver's HTTP status, {@code null} when it did not answer
	 * @param error why the delivery failed, {@code null} when it did not
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record LastDelivery(Instant at, String status, Integer responseCode, String error) {

	}

}
