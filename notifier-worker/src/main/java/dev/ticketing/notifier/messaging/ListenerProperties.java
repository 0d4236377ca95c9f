package dev.ticketing.notifier.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How consumers take messages and give up on them.
 *
 * @param prefetch unacknowledged messages a consumer holds at most
 * @param concurrency consumers per queue
 * @param attempts how often a failing message is tried before it goes to its dead-letter
 * queue
 * @param firstRetry the wait before the second attempt, doubling after each further one
 */
@ConfigurationProperties("ticketing.listener")
public record ListenerProperties(@DefaultValue("10") int prefetch, @DefaultValue("2") int concurrency,
		@DefaultValue("3") int attempts, @DefaultValue("1s") Duration firstRetry) {

}
