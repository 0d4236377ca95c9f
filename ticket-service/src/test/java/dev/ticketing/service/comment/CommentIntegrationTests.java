package dev.ticketing.service.comment;

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

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CommentIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	Caller agent;

	Cti cti;

	String ticketId;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT);
		this.cti = this.fixtures.cti();
		this.ticketId = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();
	}

	@Test
	void everyRoleMayComment() {
		List<Caller> callers = List.of(this.fixtures.admin(), this.fixtures.user(Role.AGENT, "Agent Smith"),
				this.fixtures.user(Role.USER, "Plain User"), this.fixtures.user(Role.SERVICE, "Goddard"));
		for (Caller caller : callers) {
			String body = "Seen by **" + caller.username() + "**";

			ApiResponse created = this.api.post(comments(), Map.of("body", body), caller);

			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			JsonNode comment = created.json();
			assertThat(comment.propertyNames()).containsExactlyInAnyOrder("id", "ticketId", "body", "authorId",
					"author", "createdAt");
			assertThat(comment.path("body").asString()).isEqualTo(body);
			assertThat(comment.path("ticketId").asString()).isEqualTo(this.ticketId);
			assertThat(comment.path("authorId").asString()).isEqualTo(caller.id().toString());
			assertThat(comment.path("author").path("id").asString()).isEqualTo(caller.id().toString());
			assertThat(comment.path("author").path("username").asString()).isEqualTo(caller.username());
			assertThat(comment.path("author").propertyNames()).containsExactlyInAnyOrder("id", "username",
					"displayName");
		}
		JsonNode shown = this.api.get("/api/tickets/" + this.ticketId, this.agent).json();
		assertThat(shown.path("comments").valueStream().map((c) -> c.path("author").path("displayName").asString()))
			.containsExactly("Root", "Agent Smith", "Plain User", "Goddard");
	}

	@Test
	void aCommentNeedsABody() {
		for (Map<String, Object> body : List.of(Map.<String, Object>of("body", ""),
				Map.<String, Object>of("body", " \n "), Map.<String, Object>of())) {
			ApiResponse refused = this.api.post(comments(), body, this.agent);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.errorFields()).containsOnly("body");
		}
		assertThat(commentCount()).isZero();
	}

	@Test
	void commentingOnAnUnknownTicketIs404() {
		assertThat(
				this.api.post("/api/tickets/" + UUID.randomUUID() + "/comments", Map.of("body", "Hello?"), this.agent)
					.status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/tickets/not-an-id/comments", Map.of("body", "Hello?"), this.agent).status())
			.isEqualTo(404);
	}

	@Test
	void aTicketIsCommentedByItsDisplayIdToo() {
		String displayId = this.api.get("/api/tickets/" + this.ticketId, this.agent).text("displayId");

		ApiResponse created = this.api.post("/api/tickets/" + displayId + "/comments", Map.of("body", "By display id"),
				this.agent);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.text("ticketId")).isEqualTo(this.ticketId);
	}

	@Test
	void anAuthorDeletesTheirOwnComment() {
		Caller user = this.fixtures.user(Role.USER);
		String commentId = this.fixtures.comment(user, this.ticketId, "Oops").path("id").asString();

		assertThat(this.api.delete(comments() + "/" + commentId, user).status()).isEqualTo(204);

		assertThat(commentBodies()).doesNotContain("Oops");
		assertThat(this.api.delete(comments() + "/" + commentId, user).status()).isEqualTo(404);
	}

	@Test
	void nobodyElseButAnAdminDeletesAComment() {
		String commentId = this.fixtures.comment(this.agent, this.ticketId, "Mine").path("id").asString();

		for (Caller other : List.of(this.fixtures.user(Role.AGENT), this.fixtures.user(Role.USER),
				this.fixtures.user(Role.SERVICE))) {
			ApiResponse refused = this.api.delete(comments() + "/" + commentId, other);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
		assertThat(commentBodies()).containsExactly("Mine");

		assertThat(this.api.delete(comments() + "/" + commentId, this.fixtures.admin()).status()).isEqualTo(204);
		assertThat(commentBodies()).isEmpty();
	}

	@Test
	void theCommentCountFollowsAddedAndDeletedComments() {
		String first = this.fixtures.comment(this.agent, this.ticketId, "One").path("id").asString();
		this.fixtures.comment(this.fixtures.user(Role.USER), this.ticketId, "Two");
		assertThat(commentCount()).isEqualTo(2);
		assertThat(listedCommentCount()).isEqualTo(2);

		this.api.delete(comments() + "/" + first, this.agent);

		assertThat(commentCount()).isEqualTo(1);
		assertThat(listedCommentCount()).isEqualTo(1);
		assertThat(commentBodies()).containsExactly("Two");
	}

	@Test
	void aCommentIsDeletedOnlyThroughItsOwnTicket() {
		String commentId = this.fixtures.comment(this.agent, this.ticketId, "Stays").path("id").asString();
		String otherTicket = this.fixtures.ticket(this.agent, ticket(this.cti)).path("id").asString();

		ApiResponse wrongTicket = this.api.delete("/api/tickets/" + otherTicket + "/comments/" + commentId,
				this.fixtures.admin());

		assertThat(wrongTicket.status()).isEqualTo(404);
		assertThat(commentBodies()).containsExactly("Stays");
		assertThat(this.api.delete(comments() + "/" + UUID.randomUUID(), this.fixtures.admin()).status())
			.isEqualTo(404);
		assertThat(this.api.delete(comments() + "/not-an-id", this.fixtures.admin()).status()).isEqualTo(404);
	}

	@Test
	void aCommentOutlivesItsAuthorsAccount() {
		Caller leaver = this.fixtures.user(Role.USER);
		this.fixtures.comment(leaver, this.ticketId, "Written before leaving");

		assertThat(this.api.delete("/api/users/" + leaver.id(), this.fixtures.admin()).status()).isEqualTo(204);

		JsonNode comment = this.api.get("/api/tickets/" + this.ticketId, this.agent).json().path("comments").get(0);
		assertThat(comment.path("body").asString()).isEqualTo("Written before leaving");
		assertThat(comment.path("author").isNull()).isTrue();
	}

	private String comments() {
		return "/api/tickets/" + this.ticketId + "/comments";
	}

	private List<String> commentBodies() {
		return this.api.get("/api/tickets/" + this.ticketId, this.agent)
			.json()
			.path("comments")
			.valueStream()
			.map((comment) -> comment.path("body").asString())
			.toList();
	}

	private int commentCount() {
		return this.api.get("/api/tickets/" + this.ticketId, this.agent).json().path("_count").path("comments").asInt();
	}

	/**
	 * The count as the ticket list shows it, which is read differently from one ticket.
	 */
	private int listedCommentCount() {
		JsonNode listed = this.api.get("/api/tickets?categoryId=" + this.cti.categoryId(), this.agent)
			.json()
			.valueStream()
			.filter((ticket) -> ticket.path("id").asString().equals(this.ticketId))
			.findFirst()
			.orElseThrow();
		return listed.path("_count").path("comments").asInt();
	}

}
