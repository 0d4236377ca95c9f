package dev.ticketing.service.webhook.web;

import java.util.List;

import dev.ticketing.service.shared.Ids;
import dev.ticketing.service.webhook.CreateWebhookRequest;
import dev.ticketing.service.webhook.UpdateWebhookRequest;
import dev.ticketing.service.webhook.WebhookManagement;
import dev.ticketing.service.webhook.WebhookResponse;
import dev.ticketing.service.webhook.WebhookTestResult;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

	private final WebhookManagement webhooks;

	WebhookController(WebhookManagement webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	List<WebhookResponse> list() {
		return this.webhooks.list();
	}

	@GetMapping("/{id}")
	WebhookResponse get(@PathVariable String id) {
		return this.webhooks.get(Ids.require(id, "Webhook"));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WebhookResponse create(@Valid @RequestBody CreateWebhookRequest request) {
		return this.webhooks.create(request);
	}

	@PatchMapping("/{id}")
	WebhookResponse update(@PathVariable String id, @Valid @RequestBody UpdateWebhookRequest request) {
		return this.webhooks.update(Ids.require(id, "Webhook"), request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.webhooks.delete(Ids.require(id, "Webhook"));
	}

	/**
	 * Sends a test event now. 200 whenever the test ran, whether or not the receiver
	 * accepted it: the body says which.
	 */
	@PostMapping("/{id}/test")
	WebhookTestResult sendTestEvent(@PathVariable String id) {
		return this.webhooks.sendTestEvent(Ids.require(id, "Webhook"));
	}

}
