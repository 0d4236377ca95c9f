package dev.ticketing.service.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import dev.ticketing.service.user.User;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

import org.springframework.stereotype.Component;

/**
 * Issues and checks the HS512 JWTs of logged-in users. A token names the user, the role
 * and the user's token version; it is honoured only while all three still match the
 * account.
 */
@Component
class Tokens {

	private static final String ROLE = "role";

	private static final String TOKEN_VERSION = "ver";

	private final SecretKey key;

	private final JwtProperties properties;

	private final Clock clock;

	Tokens(JwtProperties properties, Clock clock) {
		this.key = Keys.hmacShaKeyFor(properties.secret().getBytes(StandardCharsets.UTF_8));
		this.properties = properties;
		this.clock = clock;
	}

	String issue(User user) {
		Instant now = this.clock.instant();
		return Jwts.builder()
			.subject(user.getId().toString())
			.claim(ROLE, user.getRole().name())
			.claim(TOKEN_VERSION, user.getTokenVersion())
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plus(this.properties.ttl())))
			.signWith(this.key, Jwts.SIG.HS512)
			.compact();
	}

	/**
	 * The claims of a token that is well-formed, signed with our key by HS512 and not
	 * expired.
	 */
	Optional<TokenClaims> verify(String token) {
		try {
			var jws = Jwts.parser()
				.verifyWith(this.key)
				.clock(() -> Date.from(this.clock.instant()))
				.build()
				.parseSignedClaims(token);
			if (!Jwts.SIG.HS512.getId().equals(jws.getHeader().getAlgorithm())) {
				return Optional.empty();
			}
			Claims claims = jws.getPayload();
			return Optional.of(new TokenClaims(UUID.fromString(claims.getSubject()), claims.get(ROLE, String.class),
					claims.get(TOKEN_VERSION, Integer.class)));
		}
		catch (JwtException | IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	boolean matches(TokenClaims claims, User user) {
		return user.getRole().name().equals(claims.role()) && claims.tokenVersion() != null
				&& claims.tokenVersion() == user.getTokenVersion();
	}

	record TokenClaims(UUID userId, String role, Integer tokenVersion) {

	}

}
