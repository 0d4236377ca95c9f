package dev.ticketing.service.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * After {@code maxFailures} failed logins in a row for one username, further attempts are
 * refused for {@code block}, doubling with each further failure up to {@code maxBlock}.
 * Failures older than {@code maxBlock} are forgotten.
 */
@ConfigurationProperties("ticketing.login-throttle")
record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("30s") Duration block,
		@DefaultValue("15m") Duration maxBlock) {

}
