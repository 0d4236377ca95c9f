package dev.ticketing.service.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox relay publishes events.
 *
 * @param relayEnabled whether this instance publishes events at all
 * @param pollInterval how often the relay looks for events when no commit woke it
 * @param batchSize events claimed and published per transaction
 * @param confirmTimeout how long to wait for the broker to confirm a batch
 * @param maxBackoff the longest wait between attempts while the broker is unreachable
 * @param retention how long sent events stay in the table before they are pruned
 */
@ConfigurationProperties("ticketing.outbox")
record OutboxProperties(@DefaultValue("true") boolean relayEnabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("10s") Duration confirmTimeout,
		@DefaultValue("30s") Duration maxBackoff, @DefaultValue("7d") Duration retention) {

}
