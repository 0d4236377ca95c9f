package dev.ticketing.service.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.MacAlgorithm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens the service did not issue, or issued to an account that has changed since, are
 * refused. Forged tokens copy the claims of a real one, so only the forgery differs.
 */
@IntegrationTest
class TokenIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Value("${ticketing.jwt.secret}")
	String secret;

	Caller agent;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT);
	}

	@Test
	void aTokenSignedWithTheSecretIsAccepted() {
		// The forgeries below are made the same way; this shows that only their flaw
		// gets them refused.
		String token = signed(claimsOf(this.agent), Instant.now().plus(Duration.ofHours(1)), secretKey(),
				Jwts.SIG.HS512);

		assertThat(me(token).status()).isEqualTo(200);
	}

	@Test
	void aTokenWithATamperedPayloadIsRefused() {
		String[] parts = parts(this.agent);
		Map<String, Object> claims = claimsOf(this.agent);
		claims.put("role", "ADMIN");

		assertRefused(me(parts[0] + "." + encode(claims) + "." + parts[2]));
	}

	@Test
	void aTokenWithATamperedSignatureIsRefused() {
		String[] parts = parts(this.agent);
		// The first character: the last one also carries padding bits, which may not
		// count.
		char first = parts[2].charAt(0);
		String signature = ((first == 'A') ? 'B' : 'A') + parts[2].substring(1);

		assertRefused(me(parts[0] + "." + parts[1] + "." + signature));
	}

	@Test
	void anUnsignedTokenIsRefused() {
		String header = BASE64URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

		assertRefused(me(header + "." + parts(this.agent)[1] + "."));
	}

	@Test
	void aTokenSignedByAnotherAlgorithmWithTheSecretIsRefused() {
		assertRefused(
				me(signed(claimsOf(this.agent), Instant.now().plus(Duration.ofHours(1)), secretKey(), Jwts.SIG.HS256)));
	}

	@Test
	void anExpiredTokenIsRefused() {
		assertRefused(me(
				signed(claimsOf(this.agent), Instant.now().minus(Duration.ofHours(1)), secretKey(), Jwts.SIG.HS512)));
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		byte[] otherKey = new byte[64];
		new SecureRandom().nextBytes(otherKey);

		assertRefused(me(signed(claimsOf(this.agent), Instant.now().plus(Duration.ofHours(1)),
				Keys.hmacShaKeyFor(otherKey), Jwts.SIG.HS512)));
	}

	@Test
	void aTokenStopsWorkingWhenItsUserIsDeleted() {
		assertThat(me(this.agent).status()).isEqualTo(200);

		assertThat(this.api.delete("/api/users/" + this.agent.id(), this.fixtures.admin()).status()).isEqualTo(204);

		assertRefused(me(this.agent));
	}

	@Test
	void aTokenStopsWorkingWhenItsUsersRoleChanges() {
		assertThat(me(this.agent).status()).isEqualTo(200);

		assertThat(changeUser(Map.of("role", "USER")).status()).isEqualTo(200);

		assertRefused(me(this.agent));
		Caller again = this.fixtures.login(this.agent.username(), Fixtures.PASSWORD);
		assertThat(me(again).text("role")).isEqualTo("USER");
	}

	@Test
	void aTokenStopsWorkingWhenItsUsersPasswordChanges() {
		assertThat(me(this.agent).status()).isEqualTo(200);

		assertThat(changeUser(Map.of("password", "a brand new password")).status()).isEqualTo(200);

		assertRefused(me(this.agent));
		assertThat(me(this.fixtures.login(this.agent.username(), "a brand new password")).status()).isEqualTo(200);
	}

	@Test
	void aTokenKeepsWorkingWhenOnlyTheUsersNameChanges() {
		assertThat(changeUser(Map.of("displayName", "Renamed")).status()).isEqualTo(200);

		assertThat(me(this.agent).text("displayName")).isEqualTo("Renamed");
	}

	private ApiResponse changeUser(Map<String, Object> changes) {
		return this.api.patch("/api/users/" + this.agent.id(), changes, this.fixtures.admin());
	}

	private ApiResponse me(Caller caller) {
		return this.api.get("/api/auth/me", caller);
	}

	private ApiResponse me(String token) {
		return me(this.agent.withCredential("Bearer " + token));
	}

	private static void assertRefused(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(401);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	private SecretKey secretKey() {
		return Keys.hmacShaKeyFor(this.secret.getBytes(StandardCharsets.UTF_8));
	}

	private static String signed(Map<String, Object> claims, Instant expiration, SecretKey key,
			MacAlgorithm algorithm) {
		claims.remove("iat");
		claims.remove("exp");
		return Jwts.builder()
			.claims(claims)
			.issuedAt(Date.from(expiration.minus(Duration.ofHours(12))))
			.expiration(Date.from(expiration))
			.signWith(key, algorithm)
			.compact();
	}

	private static String[] parts(Caller caller) {
		String[] parts = caller.credential().substring("Bearer ".length()).split("\\.");
		assertThat(parts).hasSize(3);
		return parts;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> claimsOf(Caller caller) {
		return new LinkedHashMap<>(JSON.readValue(Base64.getUrlDecoder().decode(parts(caller)[1]), Map.class));
	}

	private static String encode(Map<String, Object> claims) {
		return BASE64URL.encodeToString(JSON.writeValueAsBytes(claims));
	}

}
