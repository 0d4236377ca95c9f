package dev.ticketing.service.auth;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service refuses to start without a JWT secret fit for HS512, and says why. The
 * runner reads the real application.yml, so {@code JWT_SECRET} is read as in production.
 */
class JwtPropertiesTests {

	private static final String SIXTY_FOUR_BYTES = "0123456789abcdef".repeat(4);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(JwtConfiguration.class, Tokens.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void refusesToStartWithoutJwtSecret() {
		// Empty, as in the environment of a container where it was left unset; also
		// overrides a JWT_SECRET exported in the shell running the tests.
		this.runner.withPropertyValues("JWT_SECRET=").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("JWT_SECRET is required")
				.hasMessageContaining("openssl rand -hex 64");
		});
	}

	@Test
	void refusesToStartWithAJwtSecretShorterThan64Bytes() {
		this.runner.withPropertyValues("JWT_SECRET=" + SIXTY_FOUR_BYTES.substring(1)).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("JWT_SECRET is 63 bytes long")
				.hasMessageContaining("at least 64");
		});
	}

	@Test
	void countsTheBytesOfTheSecretNotItsCharacters() {
		// 32 two-byte characters: 64 bytes.
		this.runner.withPropertyValues("JWT_SECRET=" + "é".repeat(32))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(Tokens.class));
	}

	@Test
	void startsWithA64ByteSecret() {
		this.runner.withPropertyValues("JWT_SECRET=" + SIXTY_FOUR_BYTES).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(Tokens.class);
			assertThat(context.getBean(JwtProperties.class)).hasToString("JwtProperties[secret=******, ttl=PT12H]");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(JwtProperties.class)
	static class JwtConfiguration {

	}

}
