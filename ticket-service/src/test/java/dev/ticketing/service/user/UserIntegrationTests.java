package dev.ticketing.service.user;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.shared.ConflictException;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class UserIntegrationTests {

	private static final String[] USER_FIELDS = { "id", "username", "displayName", "email", "role" };

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	Caller admin;

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.admin();
	}

	@Test
	void aServiceAccountNeedsNoPasswordAndGetsItsApiKeyOnlyOnCreation() {
		ApiResponse created = this.api.post("/api/users", newUser(Role.SERVICE).body(), this.admin);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "username", "displayName", "email",
				"role", "apiKey");
		assertThat(created.text("role")).isEqualTo("SERVICE");
		String apiKey = created.text("apiKey");
		assertThat(apiKey).startsWith("sk_").hasSizeGreaterThan(40);
		Caller service = Caller.apiKey(UUID.fromString(created.text("id")), created.text("username"), apiKey);
		assertThat(this.api.get("/api/auth/me", service).text("id")).isEqualTo(created.text("id"));
		assertThat(this.api.get("/api/users/" + created.text("id"), this.admin).json().propertyNames())
			.containsExactlyInAnyOrder(USER_FIELDS);
		assertThat(this.api.get("/api/users", this.admin).body()).doesNotContain(apiKey);
	}

	@Test
	void aServiceAccountIsNotGivenAPassword() {
		ApiResponse refused = this.api.post("/api/users", newUser(Role.SERVICE).password("long enough").body(),
				this.admin);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("password");
	}

	@Test
	void everyRoleButServiceNeedsAPasswordOfAtLeastEightCharacters() {
		for (Role role : List.of(Role.ADMIN, Role.AGENT, Role.USER)) {
			ApiResponse withoutPassword = this.api.post("/api/users", newUser(role).without("password").body(),
					this.admin);
			assertThat(withoutPassword.status()).as(role + ": " + withoutPassword).isEqualTo(400);
			assertThat(withoutPassword.errorFields()).containsExactly("password");

			ApiResponse shortPassword = this.api.post("/api/users", newUser(role).password("1234567").body(),
					this.admin);
			assertThat(shortPassword.status()).as(role + ": " + shortPassword).isEqualTo(400);
			assertThat(shortPassword.errorFields()).containsExactly("password");

			NewUser user = newUser(role).password("12345678");
			ApiResponse created = this.api.post("/api/users", user.body(), this.admin);
			assertThat(created.status()).as(role + ": " + created).isEqualTo(201);
			assertThat(created.json().propertyNames()).containsExactlyInAnyOrder(USER_FIELDS);
			assertThat(created.text("role")).isEqualTo(role.name());
			assertThat(created.text("displayName")).isEqualTo(user.displayName());
			assertThat(created.text("email")).isEqualTo(user.email());
			assertThat(this.fixtures.login(user.username(), "12345678").id()).hasToString(created.text("id"));
		}
	}

	@Test
	void aSixtyFourCharacterPasswordIsAccepted() {
		String password = "p4ssw0rd".repeat(8);
		NewUser user = newUser(Role.AGENT).password(password);

		assertThat(this.api.post("/api/users", user.body(), this.admin).status()).isEqualTo(201);
		assertThat(this.fixtures.login(user.username(), password).id()).isNotNull();
	}

	@Test
	void theUserListShowsEveryoneWithoutPasswordHashesOrKeys() {
		Caller agent = this.fixtures.user(Role.AGENT, "Listed Agent");
		Caller service = this.fixtures.user(Role.SERVICE);
		Caller user = this.fixtures.user(Role.USER);

		ApiResponse list = this.api.get("/api/users", user);

		assertThat(list.status()).isEqualTo(200);
		List<JsonNode> entries = list.json().valueStream().toList();
		assertThat(entries)
			.allSatisfy((entry) -> assertThat(entry.propertyNames()).containsExactlyInAnyOrder(USER_FIELDS));
		assertThat(entries.stream().map((entry) -> entry.path("username").asString())).contains(agent.username(),
				service.username(), user.username(), this.admin.username());
		assertThat(list.body()).doesNotContain("$2a$", "$2b$", service.credential());
	}

	@Test
	void usernamesAreUniqueRegardlessOfCase() {
		NewUser first = newUser(Role.AGENT);
		assertThat(this.api.post("/api/users", first.body(), this.admin).status()).isEqualTo(201);

		NewUser sameNameUpperCase = newUser(Role.USER).username(first.username().toUpperCase());
		ApiResponse duplicate = this.api.post("/api/users", sameNameUpperCase.body(), this.admin);

		assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
		assertThat(this.fixtures.login(first.username(), Fixtures.PASSWORD).id()).isNotNull();
	}

	@Test
	void eMailAddressesAreUniqueRegardlessOfCase() {
		NewUser first = newUser(Role.AGENT);
		assertThat(this.api.post("/api/users", first.body(), this.admin).status()).isEqualTo(201);

		ApiResponse duplicate = this.api.post("/api/users",
				newUser(Role.USER).email(first.email().toUpperCase()).body(), this.admin);
		assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);

		String otherId = this.api.post("/api/users", newUser(Role.USER).body(), this.admin).text("id");
		ApiResponse taken = this.api.patch("/api/users/" + otherId, Map.of("email", first.email().toUpperCase()),
				this.admin);
		assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
	}

	@Test
	void anInvalidUserNamesEveryBadField() {
		Map<String, Object> body = newUser(Role.AGENT).without("username")
			.email("not-an-address")
			.password("short")
			.body();

		ApiResponse invalid = this.api.post("/api/users", body, this.admin);

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("username", "email", "password");
	}

	@Test
	void eachInvalidFieldIsNamed() {
		assertInvalid(newUser(Role.AGENT).email("not-an-address"), "email");
		assertInvalid(newUser(Role.AGENT).password("short"), "password");
		assertInvalid(newUser(Role.AGENT).without("username"), "username");
		assertInvalid(newUser(Role.AGENT).username(""), "username");
		assertInvalid(newUser(Role.AGENT).with("role", "BOSS"), "role");
		assertInvalid(newUser(Role.AGENT).without("role"), "role");
	}

	@Test
	void anAdminChangesDisplayNameEmailPasswordAndRole() {
		NewUser user = newUser(Role.AGENT);
		String id = this.api.post("/api/users", user.body(), this.admin).text("id");
		Caller before = this.fixtures.login(user.username(), Fixtures.PASSWORD);

		ApiResponse renamed = this.api.patch("/api/users/" + id,
				Map.of("displayName", "Renamed Person", "email", "renamed-" + user.email()), this.admin);
		assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
		assertThat(renamed.json().propertyNames()).containsExactlyInAnyOrder(USER_FIELDS);
		assertThat(renamed.text("displayName")).isEqualTo("Renamed Person");
		assertThat(renamed.text("email")).isEqualTo("renamed-" + user.email());
		assertThat(renamed.text("username")).isEqualTo(user.username());
		assertThat(renamed.text("role")).isEqualTo("AGENT");

		assertThat(this.api.patch("/api/users/" + id, Map.of("password", "a new password"), this.admin).status())
			.isEqualTo(200);
		assertThat(loginStatus(user.username(), Fixtures.PASSWORD)).isEqualTo(401);
		assertThat(this.api.get("/api/auth/me", before).status()).isEqualTo(401);
		Caller after = this.fixtures.login(user.username(), "a new password");

		ApiResponse demoted = this.api.patch("/api/users/" + id, Map.of("role", "USER"), this.admin);
		assertThat(demoted.text("role")).isEqualTo("USER");
		assertThat(this.api.get("/api/users/" + id, this.admin).text("role")).isEqualTo("USER");
		assertThat(this.api.get("/api/users/" + id, this.admin).text("displayName")).isEqualTo("Renamed Person");
		assertThat(this.api.get("/api/auth/me", after).status()).isEqualTo(401);
	}

	@Test
	void anInvalidChangeNamesEachBadField() {
		String id = this.api.post("/api/users", newUser(Role.AGENT).body(), this.admin).text("id");

		ApiResponse invalid = this.api.patch("/api/users/" + id,
				Map.of("displayName", "", "email", "nope", "password", "short"), this.admin);

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.errorFields()).containsExactlyInAnyOrder("displayName", "email", "password");
	}

	@Test
	void aDisplayNameCannotBeBlanked() {
		NewUser user = newUser(Role.AGENT);
		String id = this.api.post("/api/users", user.body(), this.admin).text("id");

		ApiResponse blank = this.api.patch("/api/users/" + id, Map.of("displayName", "   "), this.admin);

		assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
		assertThat(blank.errorFields()).containsExactly("displayName");
		assertThat(this.api.get("/api/users/" + id, this.admin).text("displayName")).isEqualTo(user.displayName());
	}

	@Test
	void aRefusedChangeChangesNothing() {
		NewUser user = newUser(Role.AGENT);
		String id = this.api.post("/api/users", user.body(), this.admin).text("id");

		ApiResponse refused = this.api.patch("/api/users/" + id,
				Map.of("displayName", "Not Kept", "regenerateApiKey", true), this.admin);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorFields()).containsExactly("regenerateApiKey");
		assertThat(this.api.get("/api/users/" + id, this.admin).text("displayName")).isEqualTo(user.displayName());
	}

	@Test
	void regeneratingAnApiKeyRetiresTheOldOne() {
		ApiResponse created = this.api.post("/api/users", newUser(Role.SERVICE).body(), this.admin);
		Caller service = Caller.apiKey(UUID.fromString(created.text("id")), created.text("username"),
				created.text("apiKey"));

		ApiResponse regenerated = this.api.patch("/api/users/" + service.id(), Map.of("regenerateApiKey", true),
				this.admin);

		assertThat(regenerated.status()).isEqualTo(200);
		String newKey = regenerated.text("apiKey");
		assertThat(newKey).startsWith("sk_").isNotEqualTo(service.credential());
		assertThat(this.api.get("/api/auth/me", service).status()).isEqualTo(401);
		assertThat(this.api.get("/api/auth/me", service.withCredential(newKey)).status()).isEqualTo(200);
	}

	@Test
	void onlyAnAdminManagesUsers() {
		Caller agent = this.fixtures.user(Role.AGENT);
		Caller target = this.fixtures.user(Role.USER);

		assertThat(this.api.post("/api/users", newUser(Role.AGENT).body(), agent).status()).isEqualTo(403);
		assertThat(this.api.patch("/api/users/" + target.id(), Map.of("role", "ADMIN"), agent).status()).isEqualTo(403);
		assertThat(this.api.delete("/api/users/" + target.id(), agent).status()).isEqualTo(403);
		assertThat(this.api.get("/api/users/" + target.id(), this.admin).text("role")).isEqualTo("USER");
	}

	@Test
	void nobodyDeletesTheirOwnAccount() {
		Caller secondAdmin = this.fixtures.user(Role.ADMIN);

		ApiResponse refused = this.api.delete("/api/users/" + secondAdmin.id(), secondAdmin);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("your own account");
		assertThat(this.api.get("/api/users/" + secondAdmin.id(), secondAdmin).status()).isEqualTo(200);
	}

	@Test
	void anAdminDeletesOrDemotesAnotherAdmin() {
		Caller demoted = this.fixtures.user(Role.ADMIN);
		Caller deleted = this.fixtures.user(Role.ADMIN);

		ApiResponse demotion = this.api.patch("/api/users/" + demoted.id(), Map.of("role", "AGENT"), this.admin);
		assertThat(demotion.status()).as(demotion.toString()).isEqualTo(200);
		assertThat(demotion.text("role")).isEqualTo("AGENT");

		assertThat(this.api.delete("/api/users/" + deleted.id(), this.admin).status()).isEqualTo(204);
		assertThat(this.api.get("/api/users/" + deleted.id(), this.admin).status()).isEqualTo(404);
		assertThat(this.api.get("/api/auth/me", deleted).status()).isEqualTo(401);
	}

	/*
	 * The last-admin rule needs a database with exactly one ADMIN, but other test classes
	 * add admins to the shared database. So the other admins are demoted in a transaction
	 * that is rolled back, and the rule is checked through UserManagement inside it.
	 */

	@Test
	void theLastAdminCannotBeDeleted() {
		Caller someoneElse = this.fixtures.user(Role.AGENT);
		asTheOnlyAdmin(this.admin.id(),
				() -> assertThatExceptionOfType(ConflictException.class)
					.isThrownBy(() -> this.users.delete(this.admin.id(), someoneElse.id()))
					.withMessage("The last ADMIN cannot be deleted"));
		assertThat(this.api.get("/api/users/" + this.admin.id(), this.admin).text("role")).isEqualTo("ADMIN");
	}

	@Test
	void theLastAdminCannotBeDemoted() {
		asTheOnlyAdmin(this.admin.id(), () -> {
			for (Role role : List.of(Role.AGENT, Role.USER, Role.SERVICE)) {
				assertThatExceptionOfType(ConflictException.class).isThrownBy(
						() -> this.users.update(this.admin.id(), new UpdateUserRequest(null, null, null, role, null)))
					.withMessage("The last ADMIN cannot be demoted");
			}
			assertThat(this.users
				.update(this.admin.id(), new UpdateUserRequest("Still Root", null, null, Role.ADMIN, null))
				.role()).isEqualTo(Role.ADMIN);
		});
	}

	@Test
	void anUnknownUserIs404() {
		String unknown = "/api/users/" + UUID.randomUUID();

		assertThat(this.api.get(unknown, this.admin).status()).isEqualTo(404);
		assertThat(this.api.patch(unknown, Map.of("displayName", "Nobody"), this.admin).status()).isEqualTo(404);
		assertThat(this.api.delete(unknown, this.admin).status()).isEqualTo(404);
		assertThat(this.api.get("/api/users/not-an-id", this.admin).status()).isEqualTo(404);
	}

	/** Runs the check while {@code adminId} is the only ADMIN, then undoes everything. */
	private void asTheOnlyAdmin(UUID adminId, Runnable check) {
		this.transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			this.jdbc.sql("update users set role = 'AGENT' where role = 'ADMIN' and id <> :id")
				.param("id", adminId)
				.update();
			assertThat(this.jdbc.sql("select count(*) from users where role = 'ADMIN'").query(Long.class).single())
				.isOne();
			check.run();
		});
	}

	private void assertInvalid(NewUser user, String field) {
		ApiResponse invalid = this.api.post("/api/users", user.body(), this.admin);
		assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
		assertThat(invalid.errorFields()).as(invalid.toString()).isNotEmpty().containsOnly(field);
	}

	private int loginStatus(String username, String password) {
		return this.api.post("/api/auth/login", Map.of("username", username, "password", password), Caller.ANONYMOUS)
			.status();
	}

	private static NewUser newUser(Role role) {
		return new NewUser(role);
	}

	/** The body of {@code POST /api/users}: valid, with unique names. */
	private static final class NewUser {

		private final Map<String, Object> body = new HashMap<>();

		NewUser(Role role) {
			String username = Fixtures.unique(role.name().toLowerCase());
			this.body.put("username", username);
			this.body.put("email", username + "@example.com");
			this.body.put("displayName", "Display " + username);
			this.body.put("role", role.name());
			if (role != Role.SERVICE) {
				this.body.put("password", Fixtures.PASSWORD);
			}
		}

		NewUser username(String username) {
			return with("username", username);
		}

		NewUser email(String email) {
			return with("email", email);
		}

		NewUser password(String password) {
			return with("password", password);
		}

		NewUser with(String field, Object value) {
			this.body.put(field, value);
			return this;
		}

		NewUser without(String field) {
			this.body.remove(field);
			return this;
		}

		String username() {
			return (String) this.body.get("username");
		}

		String email() {
			return (String) this.body.get("email");
		}

		String displayName() {
			return (String) this.body.get("displayName");
		}

		Map<String, Object> body() {
			return new HashMap<>(this.body);
		}

	}

}
