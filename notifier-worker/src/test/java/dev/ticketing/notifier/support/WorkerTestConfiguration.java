package dev.ticketing.notifier.support;

import javax.sql.DataSource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.ticketing.testsupport.DatabaseOutage;
import dev.ticketing.testsupport.TestBroker;
import dev.ticketing.testsupport.TestDatabase;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
class WorkerTestConfiguration {

	@Bean
	@Primary
	DataSource dataSource(DatabaseOutage outage) {
		TestDatabase database = TestDatabase.get();
		return outage.wrap(DataSourceBuilder.create()
			.url(database.url())
			.username(database.username())
			.password(database.password())
			.build());
	}

	@Bean
	DatabaseOutage databaseOutage() {
		return new DatabaseOutage();
	}

	@Bean
	DynamicPropertyRegistrar brokerProperties() {
		TestBroker broker = TestBroker.get();
		return (registry) -> broker.springProperties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/**
	 * An SMTP server on a free port that takes every e-mail. {@code spring.mail.host} is
	 * in {@code application-test.yml}: Boot decides whether to make a mail sender before
	 * dynamic properties exist.
	 */
	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	@Bean
	DynamicPropertyRegistrar mailProperties(GreenMail greenMail) {
		return (registry) -> registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	@Bean
	Events events(RabbitTemplate rabbit, JsonMapper json) {
		return new Events(rabbit, json);
	}

	@Bean
	HandledEvents handledEvents() {
		return new HandledEvents();
	}

	@Bean
	WorkerRows workerRows(JdbcClient jdbc) {
		return new WorkerRows(jdbc);
	}

}
