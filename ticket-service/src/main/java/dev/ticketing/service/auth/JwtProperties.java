package dev.ticketing.service.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tokens are signed and how long they live.
 *
 * @param secret the HS512 key, from {@code JWT_SECRET}; at least 64 bytes
 * @param ttl how long a token stays valid
 */
@ConfigurationProperties("ticketing.jwt")
record JwtProperties(String secret, @DefaultValue("12h") Duration ttl) {

	static final int MIN_SECRET_BYTES = 64;

	JwtProperties {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException(
					"JWT_SECRET is required: set it to at least 64 random bytes, e.g. the output of 'openssl rand -hex 64'");
		}
		int bytes = secret.getBytes(StandardCharsets.UTF_8).length;
		if (bytes < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException("JWT_SECRET is " + bytes + " bytes long; HS512 needs at least "
					+ MIN_SECRET_BYTES + ": use the output of 'openssl rand -hex 64'");
		}
		if (ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("ticketing.jwt.ttl must be positive");
		}
	}

	@Override
	public String toString() {
		return "JwtProperties[secret=******, ttl=" + this.ttl + "]";
	}

}
