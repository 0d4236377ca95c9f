package dev.ticketing.service.ticket;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.support.OutboxTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TicketApiIntegrationTests {

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
	void createdTicketHasTheSpecsFields() {
		Caller assignee = this.fixtures.user(Role.AGENT, "Ada");
		ApiResponse created = this.api.post("/api/tickets",
				ticket(this.cti).titled("Backup failed").severity(2).assignedTo(assignee.id()).body(), this.agent);

		assertThat(created.status()).isEqualTo(201);
		JsonNode ticket = created.json();
		assertThat(ticket.propertyNames()).containsExactlyInAnyOrder("id", "displayId", "title", "overview", "severity",
				"status", "categoryId", "typeId", "itemId", "assigneeId", "createdById", "resolvedAt", "createdAt",
				"updatedAt", "category", "type", "item", "assignee", "createdBy", "_count");
		assertThat(ticket.path("displayId").asString()).matches("V[0-9]{9}");
		assertThat(ticket.path("title").asString()).isEqualTo("Backup failed");
		assertThat(ticket.path("status").asString()).isEqualTo("OPEN");
		assertThat(ticket.path("severity").asInt()).isEqualTo(2);
		assertThat(ticket.path("category").path("name").asString()).isEqualTo(this.cti.category());
		assertThat(ticket.path("type").path("name").asString()).isEqualTo(this.cti.type());
		assertThat(ticket.path("item").path("name").asString()).isEqualTo(this.cti.item());
		assertThat(ticket.path("assignee").path("displayName").asString()).isEqualTo("Ada");
		assertThat(ticket.path("assignee").propertyNames()).containsExactlyInAnyOrder("id", "username", "displayName");
		assertThat(ticket.path("createdBy").path("id").asString()).isEqualTo(this.agent.id().toString());
		assertThat(ticket.path("_count").path("comments").asInt()).isZero();
		assertThat(ticket.path("resolvedAt").isNull()).isTrue();
		assertThat(created.header("Location")).endsWith("/api/tickets/" + ticket.path("id").asString());
	}

	@Test
	void aTicketIsFoundByItsIdAndByItsDisplayIdWithItsComments() {
		JsonNode ticket = this.fixtures.ticket(this.agent, ticket(this.cti));
		this.api.post("/api/tickets/" + ticket.path("id").asString() + "/comments", Map.of("body", "First look"),
				this.agent);

		ApiResponse byId = this.api.get("/api/tickets/" + ticket.path("id").asString(), this.agent);
		ApiResponse byDisplayId = this.api.get("/api/tickets/" + ticket.path("displayId").asString(), this.agent);

		assertThat(byId.status()).isEqualTo(200);
		assertThat(byDisplayId.json()).isEqualTo(byId.json());
		assertThat(byId.json().path("comments")).hasSize(1);
		assertThat(byId.json().path("comments").get(0).path("body").asString()).isEqualTo("First look");
		assertThat(byId.json().path("comments").get(0).path("author").path("username").asString())
			.isEqualTo(this.agent.username());
		assertThat(byId.json().path("_count").path("comments").asInt()).isEqualTo(1);
	}

	@Test
	void anUnknownTicketIs404() {
		assertThat(this.api.get("/api/tickets/" + UUID.randomUUID(), this.agent).status()).isEqualTo(404);
		assertThat(this.api.get("/api/tickets/V000000000", this.agent).status()).isEqualTo(404);
		assertThat(this.api.get("/api/tickets/not-an-id", this.agent).status()).isEqualTo(404);
		assertThat(this.api.patch("/api/tickets/not-an-id", Map.of("severity", 1), this.agent).status()).isEqualTo(404);
	}

	@Test
	void resolvedAtIsSetOnEnteringResolvedAndClearedOnLeavingIt() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();

		JsonNode resolved = this.api.patch("/api/tickets/" + id, Map.of("status", "RESOLVED"), this.agent).json();
		assertThat(resolved.path("resolvedAt").isString()).isTrue();

		JsonNode reopened = this.api.patch("/api/tickets/" + id, Map.of("status", "IN_PROGRESS"), this.agent).json();
		assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(reopened.path("resolvedAt").isNull()).isTrue();
	}

	@Test
	void onlyAnAdminClosesATicket() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
		Caller service = this.fixtures.user(Role.SERVICE);

		assertThat(this.api.patch("/api/tickets/" + id, Map.of("status", "CLOSED"), this.agent).status())
			.isEqualTo(403);
		assertThat(this.api.patch("/api/tickets/" + id, Map.of("status", "CLOSED"), service).status()).isEqualTo(403);
		assertThat(this.api.get("/api/tickets/" + id, this.agent).text("status")).isEqualTo("OPEN");

		ApiResponse closed = this.api.patch("/api/tickets/" + id, Map.of("status", "CLOSED"), this.fixtures.admin());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.text("status")).isEqualTo("CLOSED");
	}

	@Test
	void patchChangesOnlyTheFieldsSentAndNullUnassigns() {
		Caller ada = this.fixtures.user(Role.AGENT, "Ada");
		JsonNode ticket = this.fixtures.ticket(this.agent, ticket(this.cti).assignedTo(ada.id()).severity(4));
		String id = ticket.path("id").asString();

		JsonNode renamed = this.api.patch("/api/tickets/" + id, Map.of("title", "Renamed"), this.agent).json();
		assertThat(renamed.path("title").asString()).isEqualTo("Renamed");
		assertThat(renamed.path("assigneeId").asString()).isEqualTo(ada.id().toString());
		assertThat(renamed.path("severity").asInt()).isEqualTo(4);

		Map<String, Object> unassign = new HashMap<>();
		unassign.put("assigneeId", null);
		JsonNode unassigned = this.api.patch("/api/tickets/" + id, unassign, this.agent).json();
		assertThat(unassigned.path("assignee").isNull()).isTrue();
		assertThat(unassigned.path("title").asString()).isEqualTo("Renamed");
	}

	@Test
	void reroutingChecksThatTheNewPathHoldsTogether() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
		Cti sibling = this.fixtures.ctiUnder(this.cti.categoryId(), this.cti.category());
		Cti elsewhere = this.fixtures.cti();

		ApiResponse onlyItem = this.api.patch("/api/tickets/" + id, Map.of("itemId", sibling.itemId()), this.agent);
		assertThat(onlyItem.status()).isEqualTo(400);
		assertThat(onlyItem.errorFields()).containsExactly("itemId");

		ApiResponse rerouted = this.api.patch("/api/tickets/" + id, Map.of("categoryId", elsewhere.categoryId(),
				"typeId", elsewhere.typeId(), "itemId", elsewhere.itemId()), this.agent);
		assertThat(rerouted.status()).isEqualTo(200);
		assertThat(rerouted.json().path("category").path("name").asString()).isEqualTo(elsewhere.category());
		assertThat(rerouted.json().path("item").path("name").asString()).isEqualTo(elsewhere.item());
	}

	@Test
	void deletingAUserUnassignsTheirTicketsWithAnEventEach() {
		Caller leaving = this.fixtures.user(Role.AGENT, "Leaving Agent");
		String id = this.fixtures.ticket(this.agent, ticket(this.cti).assignedTo(leaving.id())).path("id").asString();

		assertThat(this.api.delete("/api/users/" + leaving.id(), this.fixtures.admin()).status()).isEqualTo(204);

		assertThat(this.api.get("/api/tickets/" + id, this.agent).json().path("assignee").isNull()).isTrue();
		JsonNode unassigned = this.outbox.payloads(UUID.fromString(id)).get(1);
		assertThat(unassigned.path("type").asString()).isEqualTo("ticket.assignee_changed");
		assertThat(unassigned.path("detail").asString()).isEqualTo("Leaving Agent → Unassigned");
		assertThat(unassigned.path("actor").path("id").asString()).isEqualTo(this.fixtures.admin().id().toString());
	}

	@Test
	void deletingATicketRemovesItWithItsComments() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
		this.api.post("/api/tickets/" + id + "/comments", Map.of("body", "bye"), this.agent);

		assertThat(this.api.delete("/api/tickets/" + id, this.agent).status()).isEqualTo(403);
		assertThat(this.api.delete("/api/tickets/" + id, this.fixtures.admin()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/tickets/" + id, this.agent).status()).isEqualTo(404);
		assertThat(this.api.delete("/api/tickets/" + id, this.fixtures.admin()).status()).isEqualTo(404);
	}

}
