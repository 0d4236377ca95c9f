package dev.ticketing.notifier.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are called.
 *
 * @param attempts calls of one delivery before it is dead-lettered
 * @param firstRetry the wait after the first failed call, doubling after each further one
 * @param maxRetry the longest wait between two calls
 * @param connectTimeout how long to wait for the receiver's connection
 * @param readTimeout how long to wait for the receiver's answer
 * @param poll how often due deliveries are looked for
 * @param parallel deliveries made at once, so a slow receiver does not hold up the others
 * @param retention how long finished deliveries are kept
 */
@ConfigurationProperties("ticketing.webhooks")
record WebhookProperties(@DefaultValue("8") int attempts, @DefaultValue("10s") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetry, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("1s") Duration poll, @DefaultValue("4") int parallel,
		@DefaultValue("7d") Duration retention) {

	/** The wait after the given number of failed calls. */
	Duration retryAfter(int failedCalls) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(failedCalls - 1, 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
