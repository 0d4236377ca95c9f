package dev.ticketing.service.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

class DatabaseUrlEnvironmentPostProcessorTests {

	@Test
	void theNodeAppsUrlBecomesDatasourceSettings() {
		assertThat(
				DatabaseUrlEnvironmentPostProcessor.datasourceProperties("postgres://tix:s%40cret@db:6543/ticketing"))
			.containsOnly(entry("spring.datasource.url", "jdbc:postgresql://db:6543/ticketing"),
					entry("spring.datasource.username", "tix"), entry("spring.datasource.password", "s@cret"));
	}

	@Test
	void theDefaultPortIsPostgresOwn() {
		assertThat(DatabaseUrlEnvironmentPostProcessor.datasourceProperties("postgresql://db/ticketing"))
			.containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/ticketing");
	}

	@Test
	void aJdbcUrlIsTakenAsItIs() {
		assertThat(DatabaseUrlEnvironmentPostProcessor.datasourceProperties("jdbc:postgresql://db/x?ssl=true"))
			.containsOnly(entry("spring.datasource.url", "jdbc:postgresql://db/x?ssl=true"));
	}

	@Test
	void anotherSchemeIsRefusedSayingWhatIsExpected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.datasourceProperties("mysql://db/x"))
			.withMessageContaining("postgres://");
	}

	@Test
	void aMalformedUrlIsRefusedWithoutRepeatingThePassword() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.datasourceProperties("postgres://app:s3cr{t^x@db/x"))
			.withMessageNotContaining("s3cr");
	}

}
