package dev.ticketing.contracts.events;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v1 envelope reads and writes exactly the JSON of the golden samples, which is what
 * ticket-service publishes and what downstream systems consume.
 */
class TicketEventJsonTests {

	@ParameterizedTest
	@EnumSource(EventType.class)
	void eachGoldenReadsAndWritesBackTheSameJson(EventType type) {
		JsonNode golden = Goldens.of(type);

		TicketEvent event = Goldens.JSON.treeToValue(golden, TicketEvent.class);

		assertThat(Goldens.written(event)).isEqualTo(golden);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void eachGoldenIsOfTheTypeItsFileNames(EventType type) {
		TicketEvent event = Goldens.JSON.treeToValue(Goldens.of(type), TicketEvent.class);

		assertThat(event.type()).isEqualTo(type);
		assertThat(event.action()).isEqualTo(type.action());
		assertThat(event.version()).isEqualTo(TicketEvent.VERSION);
		assertThat(event.ticketId()).isEqualTo(event.ticket().id());
		assertThat(event.displayId()).matches("V\\d{9}").isEqualTo(event.ticket().displayId());
	}

	@Test
	void everyEventTypeHasAGoldenAndEveryGoldenAType() throws IOException, URISyntaxException {
		Path folder = Path.of(getClass().getResource("/events").toURI());
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(Goldens::fileName).toList());
		}
	}

	@Test
	void instantsAreWrittenAsIsoStringsInUtc() {
		TicketEvent event = Goldens.JSON.treeToValue(Goldens.of(EventType.STATUS_CHANGED), TicketEvent.class);

		JsonNode written = Goldens.written(event);

		assertThat(written.path("occurredAt").isString()).isTrue();
		assertThat(written.path("occurredAt").asString()).isEqualTo("2026-03-02T09:21:02.500917Z");
		assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:21:02.500917Z"));
		assertThat(written.path("ticket").path("createdAt").asString()).isEqualTo("2026-03-02T09:14:07.409871Z");
		assertThat(written.path("ticket").path("resolvedAt").isNull()).isTrue();
	}

	@Test
	void anEventOfTheSystemHasANullActor() {
		ObjectNode autoClosed = (ObjectNode) Goldens.of(EventType.STATUS_CHANGED);
		autoClosed.putNull("actor");

		TicketEvent event = Goldens.JSON.treeToValue(autoClosed, TicketEvent.class);

		assertThat(event.actor()).isNull();
		assertThat(Goldens.written(event)).isEqualTo(autoClosed);
	}

	@Test
	void changedValuesKeepTheirJsonTypes() {
		TicketEvent severity = Goldens.JSON.treeToValue(Goldens.of(EventType.SEVERITY_CHANGED), TicketEvent.class);
		TicketEvent assigned = Goldens.JSON.treeToValue(Goldens.of(EventType.ASSIGNEE_CHANGED), TicketEvent.class);

		assertThat(severity.changes().get("severity")).isEqualTo(new FieldChange(3, 1));
		assertThat(assigned.changes().get("assigneeId").from()).isNull();
		assertThat(assigned.changes().get("assigneeId").to()).isEqualTo(assigned.ticket().assigneeId().toString());
	}

	@Test
	void fieldsANewerProducerAddsAreIgnored() {
		ObjectNode newer = (ObjectNode) Goldens.of(EventType.CREATED);
		newer.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
		((ObjectNode) newer.path("ticket")).put("dueAt", "2026-03-09T09:14:07Z");

		TicketEvent event = Goldens.JSON.treeToValue(newer, TicketEvent.class);

		assertThat(event.eventId()).hasToString(newer.path("eventId").asString());
	}

	@Test
	void anEventWithoutChangesHasAnEmptyObject() {
		TicketEvent created = Goldens.JSON.treeToValue(Goldens.of(EventType.CREATED), TicketEvent.class);
		TicketEvent withoutChanges = new TicketEvent(created.eventId(), created.type(), created.version(),
				created.occurredAt(), created.ticketId(), created.displayId(), created.actor(), created.action(),
				created.detail(), null, created.ticket());

		assertThat(Goldens.written(withoutChanges).path("changes").isObject()).isTrue();
		assertThat(Goldens.written(withoutChanges).path("changes").isEmpty()).isTrue();
		assertThat(withoutChanges.changes()).isEmpty();
	}

}
