package dev.ticketing.service;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The ticketing REST API. Started with the argument {@code seed} it seeds the database
 * and exits instead.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class TicketServiceApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(TicketServiceApplication.class);
		if (Arrays.asList(args).contains("seed")) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setAdditionalProfiles("seed");
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
