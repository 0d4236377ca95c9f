package dev.ticketing.service.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuthenticationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Test
	void loginReturnsATokenAndTheUserWithoutAnySecret() {
		String username = unique("ada");
		createUser(username, "Ada Lovelace", Role.AGENT);

		ApiResponse login = login(username, Fixtures.PASSWORD);

		assertThat(login.status()).as(login.toString()).isEqualTo(200);
		assertThat(login.json().propertyNames()).containsExactlyInAnyOrder("token", "user");
		assertThat(login.text("token")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
		JsonNode user = login.json().path("user");
		assertThat(user.propertyNames()).containsExactlyInAnyOrder("id", "username", "displayName", "email", "role");
		assertThat(user.path("username").asString()).isEqualTo(username);
		assertThat(user.path("displayName").asString()).isEqualTo("Ada Lovelace");
		assertThat(user.path("email").asString()).isEqualTo(username + "@example.com");
		assertThat(user.path("role").asString()).isEqualTo("AGENT");
	}

	@Test
	void meIsTheUserTheTokenWasIssuedTo() {
		String username = unique("grace");
		createUser(username, "Grace Hopper", Role.USER);
		ApiResponse login = login(username, Fixtures.PASSWORD);
		Caller grace = Caller.bearer(null, username, login.text("token"));

		ApiResponse me = this.api.get("/api/auth/me", grace);

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json()).isEqualTo(login.json().path("user"));
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
		Caller agent = this.fixtures.user(Role.AGENT);

		ApiResponse wrongPassword = login(agent.username(), "not the password");
		ApiResponse unknownUser = login(unique("nobody"), "not the password");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unknownUser.status()).isEqualTo(wrongPassword.status());
		assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
	}

	@Test
	void aServiceAccountCannotLogInWithAPassword() {
		Caller service = this.fixtures.user(Role.SERVICE);

		ApiResponse login = login(service.username(), Fixtures.PASSWORD);

		assertThat(login.status()).isEqualTo(401);
		assertThat(login.json().has("token")).isFalse();
		assertThat(login.body()).isEqualTo(login(unique("nobody"), Fixtures.PASSWORD).body());
	}

	@Test
	void requestsWithoutCredentialsAreAskedToAuthenticate() {
		ApiResponse list = this.api.get("/api/tickets", Caller.ANONYMOUS);
		ApiResponse create = this.api.post("/api/tickets", Map.of("title", "anonymous"), Caller.ANONYMOUS);
		ApiResponse me = this.api.get("/api/auth/me", Caller.ANONYMOUS);

		for (ApiResponse response : new ApiResponse[] { list, create, me }) {
			assertThat(response.status()).as(response.toString()).isEqualTo(401);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
			assertThat(response.json().path("status").asInt()).isEqualTo(401);
		}
	}

	@Test
	void aServiceAccountAuthenticatesWithItsApiKey() {
		Caller service = this.fixtures.user(Role.SERVICE);

		ApiResponse me = this.api.get("/api/auth/me", service);

		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.text("id")).isEqualTo(service.id().toString());
		assertThat(me.text("role")).isEqualTo("SERVICE");
		assertThat(me.json().has("apiKey")).isFalse();
	}

	@Test
	void anUnknownApiKeyIsRefused() {
		Caller stranger = Caller.apiKey(null, null, "sk_" + unique("guess"));

		ApiResponse response = this.api.get("/api/tickets", stranger);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void aRegeneratedApiKeyIsShownOnceAndReplacesTheOldOne() {
		Caller service = this.fixtures.user(Role.SERVICE);
		String path = "/api/users/" + service.id();

		ApiResponse regenerated = this.api.patch(path, Map.of("regenerateApiKey", true), this.fixtures.admin());

		assertThat(regenerated.status()).as(regenerated.toString()).isEqualTo(200);
		String newKey = regenerated.text("apiKey");
		assertThat(newKey).startsWith("sk_").isNotEqualTo(service.credential());
		assertThat(this.api.get("/api/auth/me", service).status()).isEqualTo(401);
		assertThat(this.api.get("/api/auth/me", service.withCredential(newKey)).status()).isEqualTo(200);

		ApiResponse renamed = this.api.patch(path, Map.of("displayName", "Goddard"), this.fixtures.admin());
		assertThat(renamed.json().has("apiKey")).isFalse();
		assertThat(this.api.get(path, this.fixtures.admin()).json().has("apiKey")).isFalse();
		ApiResponse list = this.api.get("/api/users", this.fixtures.admin());
		assertThat(list.json().valueStream().map(JsonNode::propertyNames)).isNotEmpty()
			.allSatisfy((fields) -> assertThat(fields).doesNotContain("apiKey"));
		assertThat(list.body()).doesNotContain(newKey);
	}

	@Test
	void aServiceAccountTurnedIntoAnAgentLosesItsApiKey() {
		Caller service = this.fixtures.user(Role.SERVICE);

		ApiResponse changed = this.api.patch("/api/users/" + service.id(),
				Map.of("role", "AGENT", "password", Fixtures.PASSWORD), this.fixtures.admin());

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(this.api.get("/api/auth/me", service).status()).isEqualTo(401);
		assertThat(login(service.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
	}

	private void createUser(String username, String displayName, Role role) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("username", username);
		body.put("email", username + "@example.com");
		body.put("displayName", displayName);
		body.put("password", Fixtures.PASSWORD);
		body.put("role", role.name());
		ApiResponse created = this.api.post("/api/users", body, this.fixtures.admin());
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private ApiResponse login(String username, String password) {
		return this.api.post("/api/auth/login", Map.of("username", username, "password", password), Caller.ANONYMOUS);
	}

}
