package dev.ticketing.contracts.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of ticket change; each is published with routing key {@link #routingKey()}
 * and, except {@link #DELETED}, becomes one audit log entry with action
 * {@link #action()}.
 */
public enum EventType {

	CREATED("ticket.created", "CREATED"),

	STATUS_CHANGED("ticket.status_changed", "STATUS_CHANGED"),

	SEVERITY_CHANGED("ticket.severity_changed", "SEVERITY_CHANGED"),

	ASSIGNEE_CHANGED("ticket.assignee_changed", "ASSIGNEE_CHANGED"),

	REROUTED("ticket.rerouted", "REROUTED"),

	TITLE_CHANGED("ticket.title_changed", "TITLE_CHANGED"),

	OVERVIEW_CHANGED("ticket.overview_changed", "OVERVIEW_CHANGED"),

	COMMENT_ADDED("ticket.comment_added", "COMMENT_ADDED"),

	COMMENT_DELETED("ticket.comment_deleted", "COMMENT_DELETED"),

	DELETED("ticket.deleted", "DELETED");

	private final String routingKey;

	private final String action;

	EventType(String routingKey, String action) {
		this.routingKey = routingKey;
		this.action = action;
	}

	/** The routing key on {@code ticketing.events}, also the envelope's {@code type}. */
	@JsonValue
	public String routingKey() {
		return this.routingKey;
	}

	/** The audit log action this event becomes. */
	public String action() {
		return this.action;
	}

	/**
	 * Whether the event becomes an audit log entry ({@code ticket.deleted} removes the
	 * log instead).
	 */
	public boolean audited() {
		return this != DELETED;
	}

	@JsonCreator
	public static EventType ofRoutingKey(String routingKey) {
		for (EventType type : values()) {
			if (type.routingKey.equals(routingKey)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown event type: " + routingKey);
	}

}
