package dev.ticketing.service.auth;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.auth.WriteRequests.Target;
import dev.ticketing.service.auth.WriteRequests.Write;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role table of the spec: ADMIN does everything; AGENT and SERVICE work tickets but
 * do not close them; USER reads and comments; only ADMIN deletes tickets and manages CTI
 * and users; authors delete their own comments, ADMIN any.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class RoleMatrixIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	private final Map<Role, Caller> callers = new EnumMap<>(Role.class);

	private WriteRequests writes;

	@BeforeAll
	void setUp() {
		for (Role role : Role.values()) {
			this.callers.put(role, this.fixtures.user(role));
		}
		this.writes = new WriteRequests(this.api, this.fixtures);
	}

	static Stream<Arguments> everyRoleAndWrite() {
		return Arrays.stream(Role.values())
			.flatMap((role) -> WriteRequests.ALL.stream().map((write) -> Arguments.of(role, write)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAndWrite")
	void aRoleMakesExactlyTheWritesTheRoleTableAllows(Role role, Write write) {
		Target target = write.prepare().apply(this.writes, this.callers.get(role));
		Object before = target.state().get();

		ApiResponse response = target.request().get();

		Object after = target.state().get();
		String attempt = role + " " + write + " → " + response;
		if (write.allowed().contains(role)) {
			assertThat(response.status()).as(attempt).isBetween(200, 299);
			assertThat(after).as("what %s changed", attempt).isNotEqualTo(before);
		}
		else {
			assertThat(response.status()).as(attempt).isEqualTo(403);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(response.json().path("status").asInt()).isEqualTo(403);
			assertThat(response.json().path("detail").asString()).isNotBlank();
			assertThat(after).as("what the refused %s changed", attempt).isEqualTo(before);
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTicketsCtiAndUsers(Role role) {
		Caller caller = this.callers.get(role);
		Cti cti = this.fixtures.cti();
		String ticket = this.fixtures.ticket(this.fixtures.admin(), ticket(cti)).path("id").asString();

		for (String path : new String[] { "/api/tickets", "/api/tickets/" + ticket, "/api/tickets/" + ticket + "/audit",
				"/api/cti/categories", "/api/cti/types?categoryId=" + cti.categoryId(),
				"/api/cti/items?typeId=" + cti.typeId(), "/api/users", "/api/auth/me" }) {
			ApiResponse response = this.api.get(path, caller);
			assertThat(response.status()).as(path + " → " + response).isEqualTo(200);
		}
	}

}
