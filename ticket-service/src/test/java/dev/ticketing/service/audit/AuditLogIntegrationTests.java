package dev.ticketing.service.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log as the API shows it. notifier-worker will write the entries from the
 * events; until it exists, the tests write them straight into the table.
 */
@IntegrationTest
class AuditLogIntegrationTests {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	Caller agent;

	Cti cti;

	UUID ticketId;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT, "Josh");
		this.cti = this.fixtures.cti();
		this.ticketId = UUID.fromString(this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString());
	}

	@Test
	void entriesAreNewestFirstWithTheirActor() {
		UUID created = entry(this.ticketId, this.agent.id(), "CREATED", null, NOW.minusSeconds(120));
		UUID severity = entry(this.ticketId, this.agent.id(), "SEVERITY_CHANGED", "SEV 3 → SEV 1", NOW);
		UUID status = entry(this.ticketId, this.agent.id(), "STATUS_CHANGED", "Open → In Progress",
				NOW.minusSeconds(60));

		ApiResponse log = this.api.get(auditOf(this.ticketId), this.agent);

		assertThat(log.status()).isEqualTo(200);
		List<JsonNode> entries = log.json().valueStream().toList();
		assertThat(entries).extracting((entry) -> entry.path("id").asString())
			.containsExactly(severity.toString(), status.toString(), created.toString());
		JsonNode newest = entries.get(0);
		assertThat(newest.propertyNames()).containsExactlyInAnyOrder("id", "action", "detail", "createdAt", "user");
		assertThat(newest.path("action").asString()).isEqualTo("SEVERITY_CHANGED");
		assertThat(newest.path("detail").asString()).isEqualTo("SEV 3 → SEV 1");
		assertThat(Instant.parse(newest.path("createdAt").asString())).isEqualTo(NOW);
		assertThat(newest.path("user").propertyNames()).containsExactlyInAnyOrder("id", "username", "displayName");
		assertThat(newest.path("user").path("id").asString()).isEqualTo(this.agent.id().toString());
		assertThat(newest.path("user").path("username").asString()).isEqualTo(this.agent.username());
		assertThat(newest.path("user").path("displayName").asString()).isEqualTo("Josh");
		JsonNode oldest = entries.get(2);
		assertThat(oldest.has("detail")).isTrue();
		assertThat(oldest.path("detail").isNull()).isTrue();
	}

	@Test
	void anEntryOfTheSystemHasNoUser() {
		entry(this.ticketId, null, "STATUS_CHANGED", "Resolved → Closed", NOW);

		JsonNode entry = this.api.get(auditOf(this.ticketId), this.agent).json().get(0);

		assertThat(entry.has("user")).isTrue();
		assertThat(entry.path("user").isNull()).isTrue();
		assertThat(entry.path("detail").asString()).isEqualTo("Resolved → Closed");
	}

	@Test
	void anEntryShowsTheActorsCurrentNamesAndKeepsThemOnceTheAccountIsGone() {
		Caller renamed = this.fixtures.user(Role.AGENT, "Old Name");
		Caller leaver = this.fixtures.user(Role.AGENT, "Leaver");
		UUID ofRenamed = entry(this.ticketId, renamed.id(), "TITLE_CHANGED", "One", NOW.minusSeconds(1));
		UUID ofLeaver = entry(this.ticketId, leaver.id(), "TITLE_CHANGED", "Two", NOW);
		Caller admin = this.fixtures.admin();
		this.api.patch("/api/users/" + renamed.id(), Map.of("displayName", "New Name"), admin);
		assertThat(this.api.delete("/api/users/" + leaver.id(), admin).status()).isEqualTo(204);

		List<JsonNode> entries = this.api.get(auditOf(this.ticketId), this.agent).json().valueStream().toList();

		assertThat(user(entries, ofRenamed).path("displayName").asString()).isEqualTo("New Name");
		JsonNode gone = user(entries, ofLeaver);
		assertThat(gone.path("id").asString()).isEqualTo(leaver.id().toString());
		assertThat(gone.path("username").asString()).isEqualTo(leaver.username());
		assertThat(gone.path("displayName").asString()).isEqualTo("Leaver");
	}

	@Test
	void aTicketShowsOnlyItsOwnEntries() {
		UUID other = UUID.fromString(this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString());
		UUID mine = entry(this.ticketId, this.agent.id(), "CREATED", null, NOW);
		entry(other, this.agent.id(), "CREATED", null, NOW);

		assertThat(this.api.get(auditOf(this.ticketId), this.agent).json().valueStream())
			.extracting((entry) -> entry.path("id").asString())
			.containsExactly(mine.toString());
	}

	@Test
	void aTicketWithoutEntriesHasAnEmptyLog() {
		ApiResponse log = this.api.get(auditOf(this.ticketId), this.agent);

		assertThat(log.status()).isEqualTo(200);
		assertThat(log.json().isArray()).isTrue();
		assertThat(log.json().valueStream()).isEmpty();
	}

	@Test
	void theLogIsFoundByTheTicketsDisplayIdToo() {
		UUID entry = entry(this.ticketId, this.agent.id(), "CREATED", null, NOW);
		String displayId = this.api.get("/api/tickets/" + this.ticketId, this.agent).text("displayId");

		ApiResponse log = this.api.get("/api/tickets/" + displayId + "/audit", this.agent);

		assertThat(log.status()).isEqualTo(200);
		assertThat(log.json().get(0).path("id").asString()).isEqualTo(entry.toString());
	}

	@Test
	void everyRoleReadsTheLog() {
		UUID entry = entry(this.ticketId, this.agent.id(), "CREATED", null, NOW);

		for (Caller caller : List.of(this.fixtures.admin(), this.fixtures.user(Role.AGENT),
				this.fixtures.user(Role.USER), this.fixtures.user(Role.SERVICE))) {
			ApiResponse log = this.api.get(auditOf(this.ticketId), caller);
			assertThat(log.status()).as(log.toString()).isEqualTo(200);
			assertThat(log.json().get(0).path("id").asString()).isEqualTo(entry.toString());
		}
		assertThat(this.api.get(auditOf(this.ticketId), Caller.ANONYMOUS).status()).isEqualTo(401);
	}

	@Test
	void theLogOfAnUnknownTicketIs404() {
		assertThat(this.api.get(auditOf(UUID.randomUUID()), this.agent).status()).isEqualTo(404);
		assertThat(this.api.get("/api/tickets/not-an-id/audit", this.agent).status()).isEqualTo(404);
	}

	@Test
	void deletingATicketDeletesItsLog() {
		entry(this.ticketId, this.agent.id(), "CREATED", null, NOW);

		assertThat(this.api.delete("/api/tickets/" + this.ticketId, this.fixtures.admin()).status()).isEqualTo(204);

		assertThat(this.api.get(auditOf(this.ticketId), this.agent).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from audit_log where ticket_id = :id")
			.param("id", this.ticketId)
			.query(Long.class)
			.single()).isZero();
	}

	/** Writes an entry as notifier-worker will, keeping the actor's names of the time. */
	private UUID entry(UUID ticketId, UUID userId, String action, String detail, Instant createdAt) {
		UUID id = UUID.randomUUID();
		var user = (userId != null) ? this.jdbc.sql("select username, display_name from users where id = :id")
			.param("id", userId)
			.query((rs, row) -> new String[] { rs.getString("username"), rs.getString("display_name") })
			.single() : new String[2];
		this.jdbc.sql("""
				insert into audit_log (id, event_id, ticket_id, user_id, user_username, user_display_name,
				                       action, detail, created_at)
				values (:id, :eventId, :ticketId, :userId, :username, :displayName, :action, :detail, :createdAt)
				""")
			.param("id", id)
			.param("eventId", UUID.randomUUID())
			.param("ticketId", ticketId)
			.param("userId", userId)
			.param("username", user[0])
			.param("displayName", user[1])
			.param("action", action)
			.param("detail", detail)
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private static JsonNode user(List<JsonNode> entries, UUID entryId) {
		return entries.stream()
			.filter((entry) -> entry.path("id").asString().equals(entryId.toString()))
			.findFirst()
			.orElseThrow()
			.path("user");
	}

	private static String auditOf(UUID ticketId) {
		return "/api/tickets/" + ticketId + "/audit";
	}

}
