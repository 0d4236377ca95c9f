package dev.ticketing.service.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.service.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are counted per username in the shared database, so every test guesses at
 * usernames of its own. With the defaults, the fifth failure in a row blocks the username
 * for 30 seconds.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	private static final int MAX_FAILURES = 5;

	private static final int BLOCK_SECONDS = 30;

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveFailedLoginsBlockTheUsernameEvenForTheRightPassword() {
		String username = this.fixtures.user(Role.AGENT).username();
		for (int i = 0; i < MAX_FAILURES; i++) {
			assertThat(login(username, "wrong password").status()).isEqualTo(401);
		}

		ApiResponse blocked = login(username, Fixtures.PASSWORD);

		assertBlocked(blocked);
		assertThat(blocked.json().has("token")).isFalse();
		assertBlocked(login(username, "wrong password"));
	}

	@Test
	void fewerFailuresThanTheLimitDoNotBlock() {
		String username = this.fixtures.user(Role.AGENT).username();
		for (int i = 0; i < MAX_FAILURES - 1; i++) {
			assertThat(login(username, "wrong password").status()).isEqualTo(401);
		}

		assertThat(login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulLoginStartsTheCountAgain() {
		String username = this.fixtures.user(Role.AGENT).username();
		for (int i = 0; i < MAX_FAILURES - 1; i++) {
			login(username, "wrong password");
		}
		assertThat(login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
		for (int i = 0; i < MAX_FAILURES - 1; i++) {
			assertThat(login(username, "wrong password").status()).isEqualTo(401);
		}

		assertThat(login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aBlockedUsernameDoesNotAffectOthers() {
		String blocked = this.fixtures.user(Role.AGENT).username();
		Caller other = this.fixtures.user(Role.AGENT);
		for (int i = 0; i < MAX_FAILURES; i++) {
			login(blocked, "wrong password");
		}
		assertBlocked(login(blocked, Fixtures.PASSWORD));

		assertThat(login(other.username(), Fixtures.PASSWORD).status()).isEqualTo(200);
		assertThat(this.api.get("/api/auth/me", other).status()).isEqualTo(200);
	}

	@Test
	void unknownUsernamesAreBlockedLikeKnownOnes() {
		String nobody = unique("nobody");
		for (int i = 0; i < MAX_FAILURES; i++) {
			assertThat(login(nobody, "wrong password").status()).isEqualTo(401);
		}

		assertBlocked(login(nobody, "wrong password"));
	}

	@Test
	void theCaseOfTheUsernameDoesNotEvadeTheBlock() {
		String username = this.fixtures.user(Role.AGENT).username();
		for (int i = 0; i < MAX_FAILURES; i++) {
			String spelling = (i % 2 == 0) ? username.toUpperCase(Locale.ROOT) : username;
			assertThat(login(spelling, "wrong password").status()).isEqualTo(401);
		}

		assertBlocked(login(username, Fixtures.PASSWORD));
		assertBlocked(login(username.toUpperCase(Locale.ROOT), Fixtures.PASSWORD));
	}

	@Test
	void whenTheBlockEndsOneAttemptGoesAheadAndAnotherFailureBlocksForLonger() {
		String username = this.fixtures.user(Role.AGENT).username();
		for (int i = 0; i < MAX_FAILURES; i++) {
			login(username, "wrong password");
		}
		endBlock(username);

		assertThat(login(username, "wrong password").status()).isEqualTo(401);
		ApiResponse blockedAgain = login(username, Fixtures.PASSWORD);
		assertThat(blockedAgain.status()).isEqualTo(429);
		assertThat(Integer.parseInt(blockedAgain.header("Retry-After"))).isGreaterThan(BLOCK_SECONDS);

		endBlock(username);
		assertThat(login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
		assertThat(login(username, "wrong password").status()).isEqualTo(401);
	}

	private void endBlock(String username) {
		this.jdbc.sql("update login_failures set blocked_until = now() - interval '1 second' where username_key = :key")
			.param("key", username.toLowerCase(Locale.ROOT))
			.update();
	}

	@Test
	void parallelGuessesGetNoMoreTriesThanOneAfterTheOther() throws Exception {
		String username = this.fixtures.user(Role.AGENT).username();
		ExecutorService guessers = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> guesses = IntStream.range(0, 20)
				.<Callable<Integer>>mapToObj((i) -> () -> login(username, "guess " + i).status())
				.toList();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> guess : guessers.invokeAll(guesses)) {
				statuses.add(guess.get());
			}

			assertThat(statuses).filteredOn((status) -> status == 401).hasSize(MAX_FAILURES);
			assertThat(statuses).filteredOn((status) -> status == 429).hasSize(20 - MAX_FAILURES);
		}
		finally {
			guessers.shutdown();
		}
	}

	private static void assertBlocked(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(429);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Retry-After")).as("Retry-After in seconds").matches("[0-9]+");
		assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, BLOCK_SECONDS);
	}

	private ApiResponse login(String username, String password) {
		return this.api.post("/api/auth/login", Map.of("username", username, "password", password), Caller.ANONYMOUS);
	}

}
