package dev.ticketing.service.support;

import javax.sql.DataSource;

import dev.ticketing.service.user.UserManagement;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

	@Bean
	@Primary
	DataSource dataSource(StatementCounter counter) {
		TestDatabase database = TestDatabase.get();
		DataSource dataSource = DataSourceBuilder.create()
			.url(database.url())
			.username(database.username())
			.password(database.password())
			.build();
		return counter.wrap(dataSource);
	}

	@Bean
	StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	Api api(Environment environment) {
		return new Api(() -> Integer.parseInt(environment.getProperty("local.server.port")));
	}

	@Bean
	Fixtures fixtures(Api api, UserManagement users) {
		return new Fixtures(api, users);
	}

}
