package dev.ticketing.service.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.user.CreateUserRequest;
import dev.ticketing.service.user.UserManagement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users, CTI trees and tickets made through the API, each with unique names, for one
 * test.
 */
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Api api;

	private final UserManagement users;

	private Caller admin;

	Fixtures(Api api, UserManagement users) {
		this.api = api;
		this.users = users;
	}

	public static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	/**
	 * An ADMIN made directly in the database: someone has to create the first accounts.
	 */
	public synchronized Caller admin() {
		if (this.admin == null) {
			String username = unique("root");
			this.users.create(new CreateUserRequest(username, null, "Root", PASSWORD, Role.ADMIN));
			this.admin = login(username, PASSWORD);
		}
		return this.admin;
	}

	/** A new account of this role, logged in (or, for SERVICE, with its API key). */
	public Caller user(Role role) {
		return user(role, unique(role.name().toLowerCase()));
	}

	public Caller user(Role role, String displayName) {
		String username = unique(role.name().toLowerCase());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("email", username + "@example.com");
		body.put("displayName", displayName);
		body.put("role", role.name());
		if (role != Role.SERVICE) {
			body.put("password", PASSWORD);
		}
		ApiResponse created = this.api.post("/api/users", body, admin());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		UUID id = UUID.fromString(created.text("id"));
		return (role == Role.SERVICE) ? Caller.apiKey(id, username, created.text("apiKey")) : login(username, PASSWORD);
	}

	public Caller login(String username, String password) {
		ApiResponse response = this.api.post("/api/auth/login", Map.of("username", username, "password", password),
				Caller.ANONYMOUS);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return Caller.bearer(UUID.fromString(response.json().path("user").path("id").asString()), username,
				response.text("token"));
	}

	/** A category with one type holding one item, named uniquely. */
	public Cti cti() {
		String category = unique("Queue");
		UUID categoryId = id(this.api.post("/api/cti/categories", Map.of("name", category), admin()));
		return ctiUnder(categoryId, category);
	}

	/** Another type and item in an existing category. */
	public Cti ctiUnder(UUID categoryId, String categoryName) {
		String type = unique("Type");
		UUID typeId = id(this.api.post("/api/cti/types", Map.of("name", type, "categoryId", categoryId), admin()));
		String item = unique("Item");
		UUID itemId = id(this.api.post("/api/cti/items", Map.of("name", item, "typeId", typeId), admin()));
		return new Cti(categoryId, categoryName, typeId, type, itemId, item);
	}

	public JsonNode ticket(Caller caller, TicketMother ticket) {
		ApiResponse response = this.api.post("/api/tickets", ticket.body(), caller);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	public JsonNode comment(Caller caller, String ticketId, String body) {
		ApiResponse response = this.api.post("/api/tickets/" + ticketId + "/comments", Map.of("body", body), caller);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private static UUID id(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return UUID.fromString(response.text("id"));
	}

	/** A CTI path made for one test. */
	public record Cti(UUID categoryId, String category, UUID typeId, String type, UUID itemId, String item) {

		public String label() {
			return this.category + " › " + this.type + " › " + this.item;
		}

	}

}
