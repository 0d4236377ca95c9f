package dev.ticketing.notifier.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole worker against the run's own PostgreSQL database (schema from
 * ticket-service's migrations), RabbitMQ virtual host and GreenMail SMTP server. Every
 * test class shares this one application context: a class that changed its properties
 * would start a second context whose listeners take messages from the same queues. So
 * tests make their own users and tickets ({@link WorkerRows}), publish their own events
 * ({@link Events}) and never assume empty tables, queues or mailboxes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import(WorkerTestConfiguration.class)
public @interface WorkerIntegrationTest {

}
