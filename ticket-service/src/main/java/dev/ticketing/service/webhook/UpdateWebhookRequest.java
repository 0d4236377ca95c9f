package dev.ticketing.service.webhook;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PATCH /api/webhooks/:id}: absent fields stay as they are; an empty
 * {@code eventTypes} means every event.
 */
public record UpdateWebhookRequest(
		@Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String url,
		@Size(min = 16, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String secret,
		List<String> eventTypes, Boolean active, Boolean regenerateSecret) {

}
