package dev.ticketing.service.auth;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import tools.jackson.databind.JsonNode;

import static dev.ticketing.service.support.Fixtures.unique;
import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the spec with the roles the spec allows it, and for each a
 * fresh target, the request, and what a client would look at to see whether it took
 * effect.
 */
class WriteRequests {

	private static final Set<Role> EVERYONE = Set.of(Role.values());

	private static final Set<Role> TICKET_WORKERS = Set.of(Role.ADMIN, Role.AGENT, Role.SERVICE);

	private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	static final List<Write> ALL = List.of(new Write("POST /api/tickets", TICKET_WORKERS, WriteRequests::createTicket),
			new Write("PATCH /api/tickets/:id", TICKET_WORKERS, WriteRequests::editTicket),
			new Write("PATCH /api/tickets/:id assigneeId", TICKET_WORKERS, WriteRequests::assignTicket),
			new Write("PATCH /api/tickets/:id status IN_PROGRESS", TICKET_WORKERS, WriteRequests::startTicket),
			new Write("PATCH /api/tickets/:id status CLOSED", ADMIN, WriteRequests::closeTicket),
			new Write("DELETE /api/tickets/:id", ADMIN, WriteRequests::deleteTicket),
			new Write("POST /api/tickets/:id/comments", EVERYONE, WriteRequests::comment),
			new Write("DELETE own comment", EVERYONE, WriteRequests::deleteOwnComment),
			new Write("DELETE someone else's comment", ADMIN, WriteRequests::deleteOthersComment),
			new Write("POST /api/cti/categories", ADMIN, WriteRequests::createCategory),
			new Write("PUT /api/cti/categories/:id", ADMIN, WriteRequests::renameCategory),
			new Write("DELETE /api/cti/categories/:id", ADMIN, WriteRequests::deleteCategory),
			new Write("POST /api/cti/types", ADMIN, WriteRequests::createType),
			new Write("PUT /api/cti/types/:id", ADMIN, WriteRequests::renameType),
			new Write("DELETE /api/cti/types/:id", ADMIN, WriteRequests::deleteType),
			new Write("POST /api/cti/items", ADMIN, WriteRequests::createItem),
			new Write("PUT /api/cti/items/:id", ADMIN, WriteRequests::renameItem),
			new Write("DELETE /api/cti/items/:id", ADMIN, WriteRequests::deleteItem),
			new Write("POST /api/users", ADMIN, WriteRequests::createUser),
			new Write("PATCH /api/users/:id", ADMIN, WriteRequests::updateUser),
			new Write("DELETE /api/users/:id", ADMIN, WriteRequests::deleteUser));

	private final Api api;

	private final Fixtures fixtures;

	private final Caller admin;

	/** Writes the tickets and comments the other roles act on. */
	private final Caller author;

	private final Cti cti;

	WriteRequests(Api api, Fixtures fixtures) {
		this.api = api;
		this.fixtures = fixtures;
		this.admin = fixtures.admin();
		this.author = fixtures.user(Role.AGENT);
		this.cti = fixtures.cti();
	}

	Target createTicket(Caller caller) {
		Cti queue = this.fixtures.cti();
		return new Target(() -> get("/api/tickets?categoryId=" + queue.categoryId()).json(),
				() -> this.api.post("/api/tickets", ticket(queue).body(), caller));
	}

	Target editTicket(Caller caller) {
		String ticket = newTicket();
		return new Target(() -> get(ticket).text("title"),
				() -> this.api.patch(ticket, Map.of("title", unique("Edited")), caller));
	}

	Target assignTicket(Caller caller) {
		String ticket = newTicket();
		return new Target(() -> get(ticket).text("assigneeId"),
				() -> this.api.patch(ticket, Map.of("assigneeId", this.author.id()), caller));
	}

	Target startTicket(Caller caller) {
		String ticket = newTicket();
		return new Target(() -> get(ticket).text("status"),
				() -> this.api.patch(ticket, Map.of("status", "IN_PROGRESS"), caller));
	}

	/** Closes and raises the severity at once: a refusal must leave both as they were. */
	Target closeTicket(Caller caller) {
		String ticket = newTicket();
		return new Target(() -> statusAndSeverity(get(ticket).json()),
				() -> this.api.patch(ticket, Map.of("severity", 1, "status", "CLOSED"), caller));
	}

	Target deleteTicket(Caller caller) {
		String ticket = newTicket();
		return new Target(() -> get(ticket).status(), () -> this.api.delete(ticket, caller));
	}

	Target comment(Caller caller) {
		String ticket = newTicket();
		return new Target(() -> get(ticket).json().path("comments"),
				() -> this.api.post(ticket + "/comments", Map.of("body", "Looking"), caller));
	}

	Target deleteOwnComment(Caller caller) {
		String ticket = newTicket();
		String comment = created(this.api.post(ticket + "/comments", Map.of("body", "Mine"), caller));
		return new Target(() -> get(ticket).json().path("comments"),
				() -> this.api.delete(ticket + "/comments/" + comment, caller));
	}

	Target deleteOthersComment(Caller caller) {
		String ticket = newTicket();
		String comment = created(this.api.post(ticket + "/comments", Map.of("body", "Theirs"), this.author));
		return new Target(() -> get(ticket).json().path("comments"),
				() -> this.api.delete(ticket + "/comments/" + comment, caller));
	}

	Target createCategory(Caller caller) {
		return create("/api/cti/categories", "/api/cti/categories", Map.of("name", unique("Queue")), caller);
	}

	Target renameCategory(Caller caller) {
		return rename("/api/cti/categories", newCategory(), caller);
	}

	Target deleteCategory(Caller caller) {
		return delete("/api/cti/categories", newCategory(), caller);
	}

	Target createType(Caller caller) {
		return create("/api/cti/types", types(), Map.of("name", unique("Type"), "categoryId", this.cti.categoryId()),
				caller);
	}

	Target renameType(Caller caller) {
		return rename(types(), newType(), caller);
	}

	Target deleteType(Caller caller) {
		return delete(types(), newType(), caller);
	}

	Target createItem(Caller caller) {
		return create("/api/cti/items", items(), Map.of("name", unique("Item"), "typeId", this.cti.typeId()), caller);
	}

	Target renameItem(Caller caller) {
		return rename(items(), newItem(), caller);
	}

	Target deleteItem(Caller caller) {
		return delete(items(), newItem(), caller);
	}

	Target createUser(Caller caller) {
		String username = unique("robot");
		return new Target(() -> get("/api/users").body().contains("\"" + username + "\""),
				() -> this.api.post("/api/users", Map.of("username", username, "role", "SERVICE"), caller));
	}

	Target updateUser(Caller caller) {
		String user = newUser();
		return new Target(() -> get(user).text("displayName"),
				() -> this.api.patch(user, Map.of("displayName", unique("Renamed")), caller));
	}

	Target deleteUser(Caller caller) {
		String user = newUser();
		return new Target(() -> get(user).status(), () -> this.api.delete(user, caller));
	}

	private Target create(String path, String list, Map<String, Object> body, Caller caller) {
		return new Target(() -> get(list).json(), () -> this.api.post(path, body, caller));
	}

	private Target rename(String list, String id, Caller caller) {
		return new Target(() -> get(list).json(), () -> this.api.put(list.replaceFirst("\\?.*", "") + "/" + id,
				Map.of("name", unique("Renamed")), caller));
	}

	private Target delete(String list, String id, Caller caller) {
		return new Target(() -> get(list).json(),
				() -> this.api.delete(list.replaceFirst("\\?.*", "") + "/" + id, caller));
	}

	private static List<Object> statusAndSeverity(JsonNode ticket) {
		return List.of(ticket.path("status").asString(), ticket.path("severity").asInt());
	}

	private String types() {
		return "/api/cti/types?categoryId=" + this.cti.categoryId();
	}

	private String items() {
		return "/api/cti/items?typeId=" + this.cti.typeId();
	}

	private String newTicket() {
		return "/api/tickets/" + this.fixtures.ticket(this.author, ticket(this.cti)).path("id").asString();
	}

	private String newCategory() {
		return created(this.api.post("/api/cti/categories", Map.of("name", unique("Queue")), this.admin));
	}

	private String newType() {
		return created(this.api.post("/api/cti/types",
				Map.of("name", unique("Type"), "categoryId", this.cti.categoryId()), this.admin));
	}

	private String newItem() {
		return created(this.api.post("/api/cti/items", Map.of("name", unique("Item"), "typeId", this.cti.typeId()),
				this.admin));
	}

	private String newUser() {
		return "/api/users/" + created(
				this.api.post("/api/users", Map.of("username", unique("robot"), "role", "SERVICE"), this.admin));
	}

	private ApiResponse get(String path) {
		return this.api.get(path, this.admin);
	}

	private static String created(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.text("id");
	}

	/** A write endpoint, the roles the spec allows it, and how to try it as a caller. */
	record Write(String name, Set<Role> allowed, BiFunction<WriteRequests, Caller, Target> prepare) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * A request ready to send, and what a client sees of its target: unchanged unless the
	 * request was allowed.
	 */
	record Target(Supplier<Object> state, Supplier<ApiResponse> request) {

	}

}
