package dev.ticketing.service.ticket;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.support.OutboxTable;
import dev.ticketing.service.support.OutboxTable.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of the audit action table writes exactly one outbox row in the v1
 * envelope, in the transaction of the change.
 */
@IntegrationTest
class TicketEventsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OutboxTable outbox;

	Caller agent;

	Cti cti;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT, "Josh");
		this.cti = this.fixtures.cti();
	}

	@Test
	void openingATicketWritesACreatedEventInTheV1Envelope() {
		Instant before = Instant.now();
		JsonNode created = this.fixtures.ticket(this.agent, ticket(this.cti));
		Instant after = Instant.now();

		List<Row> rows = this.outbox.of(id(created));

		assertThat(rows).hasSize(1);
		Row row = rows.get(0);
		JsonNode event = row.payload();
		assertThat(event.propertyNames()).containsExactlyInAnyOrder("eventId", "type", "version", "occurredAt",
				"ticketId", "displayId", "actor", "action", "detail", "changes", "ticket");
		assertThat(event.path("eventId").asString()).isEqualTo(row.eventId().toString());
		assertThat(event.path("type").asString()).isEqualTo("ticket.created").isEqualTo(row.routingKey());
		assertThat(event.path("version").asInt()).isEqualTo(1);
		assertThat(Instant.parse(event.path("occurredAt").asString())).isBetween(before, after);
		assertThat(event.path("ticketId").asString()).isEqualTo(created.path("id").asString());
		assertThat(event.path("displayId").asString()).isEqualTo(created.path("displayId").asString());
		assertThat(event.path("actor").propertyNames()).containsExactlyInAnyOrder("id", "username", "displayName");
		assertThat(event.path("actor").path("id").asString()).isEqualTo(this.agent.id().toString());
		assertThat(event.path("actor").path("username").asString()).isEqualTo(this.agent.username());
		assertThat(event.path("actor").path("displayName").asString()).isEqualTo("Josh");
		assertThat(event.path("action").asString()).isEqualTo("CREATED");
		assertThat(event.path("detail").isNull()).isTrue();
		assertThat(event.path("changes").isObject()).isTrue();
		assertThat(event.path("changes").propertyNames()).isEmpty();
		assertThat(event.path("ticket")).isEqualTo(created);
	}

	@Test
	void aStatusChangeIsDescribedByItsLabels() {
		JsonNode event = patchWritingOneEvent(openTicket(), Map.of("status", "IN_PROGRESS"));

		assertEvent(event, "ticket.status_changed", "STATUS_CHANGED", "Open → In Progress");
		assertChange(event, "status", "OPEN", "IN_PROGRESS");
		assertThat(event.path("ticket").path("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aSeverityChangeNamesBothLevels() {
		JsonNode event = patchWritingOneEvent(openTicket(), Map.of("severity", 1));

		assertEvent(event, "ticket.severity_changed", "SEVERITY_CHANGED", "SEV 3 → SEV 1");
		assertThat(event.path("changes").path("severity").path("from").asInt()).isEqualTo(3);
		assertThat(event.path("changes").path("severity").path("to").asInt()).isEqualTo(1);
	}

	@Test
	void anAssigneeChangeNamesThePeopleByTheirDisplayNames() {
		Caller ada = this.fixtures.user(Role.AGENT, "Ada");
		Caller bob = this.fixtures.user(Role.AGENT, "Bob");
		String id = openTicket();

		JsonNode assigned = patchWritingOneEvent(id, Map.of("assigneeId", ada.id()));
		assertEvent(assigned, "ticket.assignee_changed", "ASSIGNEE_CHANGED", "Unassigned → Ada");
		assertChange(assigned, "assigneeId", null, ada.id().toString());

		JsonNode reassigned = patchWritingOneEvent(id, Map.of("assigneeId", bob.id()));
		assertThat(reassigned.path("detail").asString()).isEqualTo("Ada → Bob");

		Map<String, Object> unassign = new HashMap<>();
		unassign.put("assigneeId", null);
		JsonNode unassigned = patchWritingOneEvent(id, unassign);
		assertThat(unassigned.path("detail").asString()).isEqualTo("Bob → Unassigned");
		assertChange(unassigned, "assigneeId", bob.id().toString(), null);
	}

	@Test
	void reroutingNamesBothPaths() {
		String id = openTicket();
		Cti elsewhere = this.fixtures.cti();

		JsonNode event = patchWritingOneEvent(id, Map.of("categoryId", elsewhere.categoryId(), "typeId",
				elsewhere.typeId(), "itemId", elsewhere.itemId()));

		assertEvent(event, "ticket.rerouted", "REROUTED", this.cti.label() + " → " + elsewhere.label());
		assertThat(event.path("changes").propertyNames()).containsExactlyInAnyOrder("categoryId", "typeId", "itemId");
		assertChange(event, "categoryId", this.cti.categoryId().toString(), elsewhere.categoryId().toString());
		assertChange(event, "typeId", this.cti.typeId().toString(), elsewhere.typeId().toString());
		assertChange(event, "itemId", this.cti.itemId().toString(), elsewhere.itemId().toString());
		assertThat(event.path("ticket").path("category").path("name").asString()).isEqualTo(elsewhere.category());
	}

	@Test
	void reroutingWithinTheCategoryListsOnlyWhatMoved() {
		String id = openTicket();
		Cti sibling = this.fixtures.ctiUnder(this.cti.categoryId(), this.cti.category());

		JsonNode event = patchWritingOneEvent(id, Map.of("typeId", sibling.typeId(), "itemId", sibling.itemId()));

		assertThat(event.path("detail").asString()).isEqualTo(this.cti.label() + " → " + sibling.label());
		assertThat(event.path("changes").propertyNames()).containsExactlyInAnyOrder("typeId", "itemId");
	}

	@Test
	void aTitleChangeCarriesTheNewTitle() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti).titled("Old title")).path("id").asString();

		JsonNode event = patchWritingOneEvent(id, Map.of("title", "New title"));

		assertEvent(event, "ticket.title_changed", "TITLE_CHANGED", "New title");
		assertChange(event, "title", "Old title", "New title");
	}

	@Test
	void anOverviewChangeHasNoDetailButBothTexts() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti).overview("Before")).path("id").asString();

		JsonNode event = patchWritingOneEvent(id, Map.of("overview", "After"));

		assertEvent(event, "ticket.overview_changed", "OVERVIEW_CHANGED", null);
		assertChange(event, "overview", "Before", "After");
	}

	@Test
	void addingACommentCarriesItsBody() {
		String id = openTicket();
		Caller user = this.fixtures.user(Role.USER, "Commenter");

		JsonNode event = oneEventOf(id, () -> this.fixtures.comment(user, id, "Looks **bad**"));

		assertEvent(event, "ticket.comment_added", "COMMENT_ADDED", "Looks **bad**");
		assertThat(event.path("actor").path("displayName").asString()).isEqualTo("Commenter");
		String commentId = event.path("changes").path("commentId").path("to").asString();
		assertThat(this.api.get("/api/tickets/" + id, user).json().path("comments").get(0).path("id").asString())
			.isEqualTo(commentId);
		assertThat(event.path("changes").path("commentId").path("from").isNull()).isTrue();
		assertThat(event.path("ticket").path("_count").path("comments").asInt()).isEqualTo(1);
	}

	@Test
	void deletingACommentCarriesTheDeletedBody() {
		String id = openTicket();
		String commentId = this.fixtures.comment(this.agent, id, "Typo").path("id").asString();
		Caller admin = this.fixtures.admin();

		JsonNode event = oneEventOf(id,
				() -> this.api.delete("/api/tickets/" + id + "/comments/" + commentId, admin).status());

		assertThat(event.path("type").asString()).isEqualTo("ticket.comment_deleted");
		assertThat(event.path("action").asString()).isEqualTo("COMMENT_DELETED");
		assertThat(event.path("detail").asString()).isEqualTo("Typo");
		assertThat(event.path("actor").path("id").asString()).isEqualTo(admin.id().toString());
		assertChange(event, "commentId", commentId, null);
		assertThat(event.path("ticket").path("_count").path("comments").asInt()).isZero();
	}

	@Test
	void deletingATicketWritesADeletedEventWithTheTicketAsItWas() {
		JsonNode created = this.fixtures.ticket(this.agent, ticket(this.cti));
		Caller admin = this.fixtures.admin();

		JsonNode event = oneEventOf(id(created).toString(),
				() -> this.api.delete("/api/tickets/" + created.path("id").asString(), admin).status());

		assertThat(event.path("type").asString()).isEqualTo("ticket.deleted");
		assertThat(event.path("action").asString()).isEqualTo("DELETED");
		assertThat(event.path("detail").isNull()).isTrue();
		assertThat(event.path("actor").path("id").asString()).isEqualTo(admin.id().toString());
		assertThat(event.path("ticket")).isEqualTo(created);
	}

	@Test
	void aPatchOfSeveralFieldsWritesOneEventPerChange() {
		String id = openTicket();
		int before = this.outbox.of(UUID.fromString(id)).size();

		ApiResponse patched = this.api.patch("/api/tickets/" + id,
				Map.of("status", "IN_PROGRESS", "severity", 2, "title", "Several"), this.agent);

		assertThat(patched.status()).isEqualTo(200);
		List<JsonNode> events = newEvents(id, before);
		assertThat(events).extracting((event) -> event.path("type").asString())
			.containsExactlyInAnyOrder("ticket.status_changed", "ticket.severity_changed", "ticket.title_changed");
		assertThat(events).allSatisfy((event) -> assertThat(event.path("ticket")).isEqualTo(patched.json()));
		assertThat(events).extracting((event) -> event.path("eventId").asString()).doesNotHaveDuplicates();
	}

	@Test
	void aPatchThatChangesNothingWritesNoEvent() {
		Caller ada = this.fixtures.user(Role.AGENT, "Ada");
		String id = this.fixtures.ticket(this.agent, ticket(this.cti).titled("Same").assignedTo(ada.id()))
			.path("id")
			.asString();
		int before = this.outbox.of(UUID.fromString(id)).size();

		for (Map<String, Object> same : List.<Map<String, Object>>of(Map.of(),
				Map.of("title", "Same", "severity", 3, "status", "OPEN", "assigneeId", ada.id()), Map.of("categoryId",
						this.cti.categoryId(), "typeId", this.cti.typeId(), "itemId", this.cti.itemId()))) {
			assertThat(this.api.patch("/api/tickets/" + id, same, this.agent).status()).isEqualTo(200);
		}

		assertThat(newEvents(id, before)).isEmpty();
	}

	@Test
	void aRefusedPatchWritesNoEvent() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti).titled("Kept")).path("id").asString();
		Cti elsewhere = this.fixtures.cti();
		int before = this.outbox.of(UUID.fromString(id)).size();

		assertThat(this.api.patch("/api/tickets/" + id, Map.of("title", "Changed", "severity", 9), this.agent).status())
			.isEqualTo(400);
		assertThat(this.api
			.patch("/api/tickets/" + id, Map.of("title", "Changed", "itemId", elsewhere.itemId()), this.agent)
			.status()).isEqualTo(400);
		assertThat(this.api
			.patch("/api/tickets/" + id, Map.of("title", "Changed", "assigneeId", UUID.randomUUID()), this.agent)
			.status()).isEqualTo(400);
		assertThat(this.api.patch("/api/tickets/" + id, Map.of("title", "Changed", "status", "CLOSED"), this.agent)
			.status()).isEqualTo(403);
		assertThat(this.api.patch("/api/tickets/" + id, Map.of("title", "Changed"), this.fixtures.user(Role.USER))
			.status()).isEqualTo(403);

		assertThat(newEvents(id, before)).isEmpty();
		assertThat(this.api.get("/api/tickets/" + id, this.agent).text("title")).isEqualTo("Kept");
	}

	@Test
	void aRepeatedIdempotentCreationWritesNoSecondEvent() {
		Map<String, Object> body = ticket(this.cti).body();
		String key = Fixtures.unique("key");

		ApiResponse first = this.api.post("/api/tickets", body, this.agent, "Idempotency-Key", key);
		ApiResponse replay = this.api.post("/api/tickets", body, this.agent, "Idempotency-Key", key);

		assertThat(replay.text("id")).isEqualTo(first.text("id"));
		assertThat(this.outbox.of(id(first.json()))).hasSize(1);
	}

	private String openTicket() {
		return this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
	}

	/**
	 * Patches as the agent and checks that exactly one event was written, carrying the
	 * ticket as the response shows it.
	 */
	private JsonNode patchWritingOneEvent(String id, Map<String, Object> patch) {
		ApiResponse[] response = new ApiResponse[1];
		JsonNode event = oneEventOf(id, () -> response[0] = this.api.patch("/api/tickets/" + id, patch, this.agent));
		assertThat(response[0].status()).as(response[0].toString()).isEqualTo(200);
		assertThat(event.path("ticket")).isEqualTo(response[0].json());
		assertThat(event.path("actor").path("id").asString()).isEqualTo(this.agent.id().toString());
		return event;
	}

	private JsonNode oneEventOf(String ticketId, Supplier<?> change) {
		int before = this.outbox.of(UUID.fromString(ticketId)).size();
		change.get();
		List<JsonNode> events = newEvents(ticketId, before);
		assertThat(events).hasSize(1);
		JsonNode event = events.get(0);
		assertThat(event.path("version").asInt()).isEqualTo(1);
		assertThat(event.path("ticketId").asString()).isEqualTo(ticketId);
		return event;
	}

	private List<JsonNode> newEvents(String ticketId, int before) {
		List<Row> rows = this.outbox.of(UUID.fromString(ticketId));
		assertThat(rows)
			.allSatisfy((row) -> assertThat(row.payload().path("type").asString()).isEqualTo(row.routingKey()));
		return rows.subList(before, rows.size()).stream().map(Row::payload).toList();
	}

	private static void assertEvent(JsonNode event, String type, String action, String detail) {
		assertThat(event.path("type").asString()).isEqualTo(type);
		assertThat(event.path("action").asString()).isEqualTo(action);
		if (detail == null) {
			assertThat(event.path("detail").isNull()).as("detail is null").isTrue();
		}
		else {
			assertThat(event.path("detail").asString()).isEqualTo(detail);
		}
	}

	private static void assertChange(JsonNode event, String field, String from, String to) {
		JsonNode change = event.path("changes").path(field);
		assertThat(change.path("from").isNull() ? null : change.path("from").asString()).as(field + ".from")
			.isEqualTo(from);
		assertThat(change.path("to").isNull() ? null : change.path("to").asString()).as(field + ".to").isEqualTo(to);
	}

	private static UUID id(JsonNode ticket) {
		return UUID.fromString(ticket.path("id").asString());
	}

}
