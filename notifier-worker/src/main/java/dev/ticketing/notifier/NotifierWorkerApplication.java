package dev.ticketing.notifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Consumes ticket events: appends the audit log, sends e-mails and calls webhooks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NotifierWorkerApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotifierWorkerApplication.class, args);
	}

}
