package dev.ticketing.service.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ticket intake queue.
 *
 * @param serviceAccount the SERVICE account tickets from the queue are created as
 * @param prefetch messages a consumer holds at most
 * @param concurrency consumers of the queue
 * @param maxRetryWait the longest wait between attempts while the database is unreachable
 */
@ConfigurationProperties("ticketing.intake")
record IntakeProperties(@DefaultValue("goddard") String serviceAccount, @DefaultValue("10") int prefetch,
		@DefaultValue("2") int concurrency, @DefaultValue("30s") Duration maxRetryWait) {

}
