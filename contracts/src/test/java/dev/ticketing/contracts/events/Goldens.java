package dev.ticketing.contracts.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden event samples under {@code src/test/resources/events}, one per event type,
 * and a mapper configured as ticket-service's: Spring Boot's default {@link JsonMapper}
 * adds nothing that changes how the envelope is written.
 */
public final class Goldens {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private Goldens() {
	}

	/**
	 * The file name of the golden of {@code type}: {@code ticket.status_changed} →
	 * {@code status_changed.json}.
	 */
	public static String fileName(EventType type) {
		return type.routingKey().substring("ticket.".length()) + ".json";
	}

	public static JsonNode of(EventType type) {
		String resource = "/events/" + fileName(type);
		try (InputStream in = Goldens.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No golden sample " + resource);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The tree {@code event} becomes when written as ticket-service writes it. */
	public static JsonNode written(TicketEvent event) {
		return JSON.readTree(JSON.writeValueAsString(event));
	}

}
