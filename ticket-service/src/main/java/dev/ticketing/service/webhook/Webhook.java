package dev.ticketing.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A webhook subscription: where to POST which events, and the secret that signs them. The
 * last delivery is read-only here: notifier-worker writes it, and saving a changed
 * subscription must not overwrite what the worker wrote in the meantime.
 */
@Table("webhooks")
class Webhook {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private String url;

	/** Stored as given: signing needs the secret itself, not a hash of it. */
	private String secret;

	private List<String> eventTypes;

	private boolean active;

	private final Instant createdAt;

	private Instant updatedAt;

	@ReadOnlyProperty
	private final Instant lastDeliveryAt;

	@ReadOnlyProperty
	private final String lastDeliveryStatus;

	@ReadOnlyProperty
	private final Integer lastResponseCode;

	@ReadOnlyProperty
	private final String lastError;

	@PersistenceCreator
	Webhook(UUID id, Integer version, String url, String secret, List<String> eventTypes, boolean active,
			Instant createdAt, Instant updatedAt, Instant lastDeliveryAt, String lastDeliveryStatus,
			Integer lastResponseCode, String lastError) {
		this.id = id;
		this.version = version;
		this.url = url;
		this.secret = secret;
		this.eventTypes = List.copyOf(eventTypes);
		this.active = active;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lastDeliveryAt = lastDeliveryAt;
		this.lastDeliveryStatus = lastDeliveryStatus;
		this.lastResponseCode = lastResponseCode;
		this.lastError = lastError;
	}

	static Webhook subscribe(String url, String secret, List<String> eventTypes, boolean active, Instant now) {
		return new Webhook(UUID.randomUUID(), null, url, secret, eventTypes, active, now, now, null, null, null, null);
	}

	void pointTo(String url, Instant now) {
		this.url = url;
		this.updatedAt = now;
	}

	void replaceSecret(String secret, Instant now) {
		this.secret = secret;
		this.updatedAt = now;
	}

	/** An empty list means every event. */
	void listenTo(List<String> eventTypes, Instant now) {
		this.eventTypes = List.copyOf(eventTypes);
		this.updatedAt = now;
	}

	void activate(boolean active, Instant now) {
		this.active = active;
		this.updatedAt = now;
	}

	UUID getId() {
		return this.id;
	}

	String getUrl() {
		return this.url;
	}

	String getSecret() {
		return this.secret;
	}

	List<String> getEventTypes() {
		return this.eventTypes;
	}

	boolean isActive() {
		return this.active;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/** The outcome of the last delivery attempt, or {@code null} before the first. */
	WebhookResponse.LastDelivery lastDelivery() {
		return (this.lastDeliveryAt != null) ? new WebhookResponse.LastDelivery(this.lastDeliveryAt,
				this.lastDeliveryStatus, this.lastResponseCode, this.lastError) : null;
	}

}
