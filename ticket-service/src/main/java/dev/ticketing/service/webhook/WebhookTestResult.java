package dev.ticketing.service.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of a test event: whether the receiver answered 2xx, its status if it
 * answered at all, and why the delivery failed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WebhookTestResult(boolean delivered, Integer responseCode, String error, long durationMs) {

}
