package dev.ticketing.service.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/webhooks}. Without a {@code secret} one is generated;
 * without {@code eventTypes} the subscription receives every event.
 */
public record CreateWebhookRequest(@NotBlank @Size(max = 2000) String url,
		@Size(min = 16, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String secret,
		List<String> eventTypes, Boolean active) {

}
