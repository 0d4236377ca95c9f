package dev.ticketing.service.ticket;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param idempotencyTtl how long an idempotency key keeps returning the ticket it created
 */
@ConfigurationProperties("ticketing.tickets")
record TicketProperties(@DefaultValue("24h") Duration idempotencyTtl) {

}
