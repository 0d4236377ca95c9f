package dev.ticketing.service.user;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.HashMap;
import java.util.Map;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PreferencesIntegrationTests {

	private static final String PREFERENCES = "/api/auth/me/preferences";

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleHasEmailOnUntilTheyTurnItOff(Role role) {
		Caller caller = this.fixtures.user(role);

		ApiResponse preferences = this.api.get(PREFERENCES, caller);

		assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
		assertThat(preferences.body()).isEqualToIgnoringWhitespace("{\"emailNotifications\":true}");

		ApiResponse changed = this.api.put(PREFERENCES, Map.of("emailNotifications", false), caller);

		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(changed.body()).isEqualToIgnoringWhitespace("{\"emailNotifications\":false}");
		assertThat(this.api.get(PREFERENCES, caller).json().path("emailNotifications").asBoolean()).isFalse();
		assertThat(storedPreference(caller)).isFalse();
	}

	@Test
	void aUserTurnsEmailBackOn() {
		Caller caller = this.fixtures.user(Role.USER);
		this.api.put(PREFERENCES, Map.of("emailNotifications", false), caller);

		ApiResponse changed = this.api.put(PREFERENCES, Map.of("emailNotifications", true), caller);

		assertThat(changed.json().path("emailNotifications").asBoolean()).isTrue();
		assertThat(storedPreference(caller)).isTrue();
	}

	@Test
	void aUserChangesOnlyTheirOwnPreferences() {
		Caller caller = this.fixtures.user(Role.AGENT);
		Caller other = this.fixtures.user(Role.AGENT);

		this.api.put(PREFERENCES, Map.of("emailNotifications", false), caller);

		assertThat(this.api.get(PREFERENCES, other).json().path("emailNotifications").asBoolean()).isTrue();
		assertThat(storedPreference(other)).isTrue();
	}

	@Test
	void theUserResourceDoesNotShowPreferences() {
		Caller caller = this.fixtures.user(Role.USER);
		this.api.put(PREFERENCES, Map.of("emailNotifications", false), caller);

		assertThat(this.api.get("/api/auth/me", caller).json().propertyNames()).containsExactlyInAnyOrder("id",
				"username", "displayName", "email", "role");
		assertThat(this.api.get("/api/users/" + caller.id(), this.fixtures.admin()).json().propertyNames())
			.containsExactlyInAnyOrder("id", "username", "displayName", "email", "role");
	}

	@Test
	void aMissingOrNullPreferenceIsNamedAndChangesNothing() {
		Caller caller = this.fixtures.user(Role.USER);
		Map<String, Object> withNull = new HashMap<>();
		withNull.put("emailNotifications", null);

		for (Object body : new Object[] { Map.of(), withNull }) {
			ApiResponse refused = this.api.put(PREFERENCES, body, caller);

			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.errorFields()).containsExactly("emailNotifications");
		}
		assertThat(storedPreference(caller)).isTrue();
	}

	@Test
	void aPreferenceThatIsNoBooleanIsRefused() {
		Caller caller = this.fixtures.user(Role.USER);

		ApiResponse wrongType = this.api.put(PREFERENCES, Map.of("emailNotifications", "sometimes"), caller);
		ApiResponse malformed = this.api.send("PUT", PREFERENCES, caller, BodyPublishers.ofString("{\"email"));

		assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(400);
		assertThat(wrongType.errorFields()).containsExactly("emailNotifications");
		assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
		assertThat(storedPreference(caller)).isTrue();
	}

	@Test
	void preferencesNeedALogin() {
		assertThat(this.api.get(PREFERENCES, Caller.ANONYMOUS).status()).isEqualTo(401);
		assertThat(this.api.put(PREFERENCES, Map.of("emailNotifications", false), Caller.ANONYMOUS).status())
			.isEqualTo(401);
	}

	private boolean storedPreference(Caller caller) {
		return this.jdbc.sql("select email_notifications from users where id = :id")
			.param("id", caller.id())
			.query(Boolean.class)
			.single();
	}

}
