package dev.ticketing.service.ticket;

import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Flow;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BadTicketInputIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	Caller agent;

	Cti cti;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT);
		this.cti = this.fixtures.cti();
	}

	@Test
	void malformedJsonIs400AndCreatesNothing() {
		for (String body : new String[] { "{\"title\": ", "not json", "[]", "" }) {
			ApiResponse response = raw("POST", "/api/tickets", body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		}
		assertThat(ticketsInCategory()).isZero();
	}

	@Test
	void missingRequiredFieldsAreEachNamed() {
		ApiResponse response = this.api.post("/api/tickets", Map.of("overview", "only this"), this.agent);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactlyInAnyOrder("title", "severity", "categoryId", "typeId",
				"itemId");
	}

	@Test
	void wrongTypesAndUnknownEnumValuesNameTheField() {
		assertThat(create(ticket(this.cti).with("severity", "high").body()).errorFields()).containsExactly("severity");
		assertThat(create(ticket(this.cti).with("categoryId", 42).body()).errorFields()).containsExactly("categoryId");
		assertThat(create(ticket(this.cti).with("itemId", "not-a-uuid").body()).errorFields())
			.containsExactly("itemId");
		assertThat(create(ticket(this.cti).severity(0).body()).errorFields()).containsExactly("severity");
		assertThat(create(ticket(this.cti).titled(" ").body()).errorFields()).containsExactly("title");
		String id = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
		assertThat(this.api.patch("/api/tickets/" + id, Map.of("status", "DONE"), this.agent).errorFields())
			.containsExactly("status");
		assertThat(ticketsInCategory()).isEqualTo(1);
	}

	@Test
	void unknownIdsInTheBodyAre400NamingTheField() {
		UUID unknown = UUID.randomUUID();
		assertThat(create(ticket(this.cti).with("categoryId", unknown).body()).errorFields())
			.containsExactly("categoryId");
		assertThat(create(ticket(this.cti).with("typeId", unknown).body()).errorFields()).containsExactly("typeId");
		assertThat(create(ticket(this.cti).with("itemId", unknown).body()).errorFields()).containsExactly("itemId");
		assertThat(create(ticket(this.cti).assignedTo(unknown).body()).errorFields()).containsExactly("assigneeId");
		assertThat(ticketsInCategory()).isZero();
	}

	@Test
	void aPathThatDoesNotHoldTogetherIs400() {
		Cti other = this.fixtures.cti();
		assertThat(create(ticket(this.cti).with("itemId", other.itemId()).body()).errorFields())
			.containsExactly("itemId");
		assertThat(create(ticket(this.cti).with("typeId", other.typeId()).with("itemId", other.itemId()).body())
			.errorFields()).containsExactly("typeId");
		assertThat(ticketsInCategory()).isZero();
	}

	@Test
	void aRefusedPatchChangesNothing() {
		String id = this.fixtures.ticket(this.agent, ticket(this.cti).titled("Original")).path("id").asString();

		ApiResponse refused = this.api.patch("/api/tickets/" + id,
				Map.of("title", "Changed", "severity", 1, "itemId", UUID.randomUUID()), this.agent);

		assertThat(refused.status()).isEqualTo(400);
		ApiResponse ticket = this.api.get("/api/tickets/" + id, this.agent);
		assertThat(ticket.text("title")).isEqualTo("Original");
		assertThat(ticket.json().path("severity").asInt()).isEqualTo(3);
	}

	@Test
	void textPostgresCannotStoreIs400NamingTheField() {
		ApiResponse response = create(ticket(this.cti).titled("nul \u0000 byte").body());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("title");
		assertThat(ticketsInCategory()).isZero();
	}

	@Test
	void bodiesOverOneMebibyteAre413WhetherDeclaredOrStreamed() {
		String huge = "{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}";

		assertThat(raw("POST", "/api/tickets", huge).status()).isEqualTo(413);
		ApiResponse chunked = this.api.send("POST", "/api/tickets", this.agent, withoutLength(huge));
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(ticketsInCategory()).isZero();
	}

	@Test
	void anUnknownUrlIs404AsAProblem() {
		ApiResponse response = this.api.get("/api/nothing-here", this.agent);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	private ApiResponse create(Map<String, Object> body) {
		return this.api.post("/api/tickets", body, this.agent);
	}

	private ApiResponse raw(String method, String path, String body) {
		return this.api.send(method, path, this.agent, BodyPublishers.ofString(body));
	}

	private long ticketsInCategory() {
		return Long.parseLong(
				this.api.get("/api/tickets?categoryId=" + this.cti.categoryId(), this.agent).header("X-Total-Count"));
	}

	/** A body sent chunked, with no Content-Length to refuse it by. */
	private static java.net.http.HttpRequest.BodyPublisher withoutLength(String body) {
		var publisher = BodyPublishers.ofString(body);
		return new java.net.http.HttpRequest.BodyPublisher() {

			@Override
			public long contentLength() {
				return -1;
			}

			@Override
			public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
				publisher.subscribe(subscriber);
			}

		};
	}

}
