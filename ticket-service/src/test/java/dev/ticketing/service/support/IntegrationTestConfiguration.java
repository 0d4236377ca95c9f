package dev.ticketing.service.support;

import javax.sql.DataSource;

import dev.ticketing.service.user.UserManagement;
import dev.ticketing.testsupport.DatabaseOutage;
import dev.ticketing.testsupport.TestBroker;
import dev.ticketing.testsupport.TestDatabase;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestConfiguration {

	@Bean
	@Primary
	DataSource dataSource(StatementCounter counter, DatabaseOutage outage) {
		TestDatabase database = TestDatabase.get();
		DataSource dataSource = DataSourceBuilder.create()
			.url(database.url())
			.username(database.username())
			.password(database.password())
			.build();
		return outage.wrap(counter.wrap(dataSource));
	}

	@Bean
	DynamicPropertyRegistrar brokerProperties() {
		TestBroker broker = TestBroker.get();
		return (registry) -> broker.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	@Bean
	DatabaseOutage databaseOutage() {
		return new DatabaseOutage();
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
	OutboxTable outboxTable(JdbcClient jdbc) {
		return new OutboxTable(jdbc);
	}

	@Bean
	Fixtures fixtures(Api api, UserManagement users) {
		return new Fixtures(api, users);
	}

}
