package dev.ticketing.service.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook subscriptions as admins manage them. notifier-worker delivers the events; this
 * side keeps the list, and sends a test event on request.
 */
@Service
@Transactional(readOnly = true)
public class WebhookManagement {

	private static final List<String> ROUTING_KEYS = Arrays.stream(EventType.values())
		.map(EventType::routingKey)
		.toList();

	private final WebhookRepository webhooks;

	private final TestEventSender sender;

	private final Clock clock;

	WebhookManagement(WebhookRepository webhooks, TestEventSender sender, Clock clock) {
		this.webhooks = webhooks;
		this.sender = sender;
		this.clock = clock;
	}

	public List<WebhookResponse> list() {
		return this.webhooks.findAllInCreationOrder().stream().map((webhook) -> response(webhook, null)).toList();
	}

	public WebhookResponse get(UUID id) {
		return response(require(id), null);
	}

	@Transactional
	public WebhookResponse create(CreateWebhookRequest request) {
		String url = requireUrl(request.url());
		List<String> eventTypes = requireEventTypes(request.eventTypes());
		String generated = (request.secret() == null) ? WebhookSecrets.generate() : null;
		String secret = (generated != null) ? generated : request.secret();
		boolean active = !Boolean.FALSE.equals(request.active());
		Webhook webhook = Webhook.subscribe(url, secret, eventTypes, active, now());
		return response(this.webhooks.save(webhook), generated);
	}

	@Transactional
	public WebhookResponse update(UUID id, UpdateWebhookRequest request) {
		Webhook webhook = require(id);
		Instant now = now();
		boolean regenerate = Boolean.TRUE.equals(request.regenerateSecret());
		if (regenerate && request.secret() != null) {
			throw new InvalidFieldException("secret", "cannot be given together with regenerateSecret");
		}
		if (request.url() != null) {
			webhook.pointTo(requireUrl(request.url()), now);
		}
		if (request.eventTypes() != null) {
			webhook.listenTo(requireEventTypes(request.eventTypes()), now);
		}
		if (request.active() != null) {
			webhook.activate(request.active(), now);
		}
		if (request.secret() != null) {
			webhook.replaceSecret(request.secret(), now);
		}
		String generated = regenerate ? WebhookSecrets.generate() : null;
		if (generated != null) {
			webhook.replaceSecret(generated, now);
		}
		return response(this.webhooks.save(webhook), generated);
	}

	@Transactional
	public void delete(UUID id) {
		this.webhooks.delete(require(id));
	}

	/**
	 * Sends a test event to the subscription's URL, inactive or not, and records the
	 * outcome as its last delivery. No transaction is held while the receiver takes its
	 * time.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public WebhookTestResult sendTestEvent(UUID id) {
		Webhook webhook = require(id);
		WebhookTestResult result = this.sender.send(webhook.getUrl(), webhook.getSecret());
		this.webhooks.recordDelivery(id, now(), result.delivered() ? "DELIVERED" : "FAILED", result.responseCode(),
				result.error());
		return result;
	}

	/** An absolute http or https URL with a host. */
	private static String requireUrl(String url) {
		String candidate = url.strip();
		try {
			URI uri = new URI(candidate);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return candidate;
			}
		}
		catch (URISyntaxException ex) {
			// answered below, like any other URL we cannot call
		}
		throw new InvalidFieldException("url", "must be an absolute http or https URL");
	}

	/**
	 * Known routing keys, each once, in the contract's order; empty means every event.
	 */
	private static List<String> requireEventTypes(List<String> eventTypes) {
		if (eventTypes == null) {
			return List.of();
		}
		Set<String> unknown = eventTypes.stream()
			.filter((type) -> !ROUTING_KEYS.contains(type))
			.map(String::valueOf)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!unknown.isEmpty()) {
			throw new InvalidFieldException("eventTypes",
					"contains unknown event types " + unknown + "; known are " + ROUTING_KEYS);
		}
		return ROUTING_KEYS.stream().filter(eventTypes::contains).toList();
	}

	/**
	 * Now, as precisely as PostgreSQL keeps it: a response shows what a later read will.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Webhook require(UUID id) {
		return this.webhooks.findById(id).orElseThrow(() -> new NotFoundException("Webhook not found"));
	}

	private static WebhookResponse response(Webhook webhook, String secret) {
		return new WebhookResponse(webhook.getId(), webhook.getUrl(), webhook.getEventTypes(), webhook.isActive(),
				webhook.getCreatedAt(), webhook.getUpdatedAt(), webhook.lastDelivery(), secret);
	}

}
