package dev.ticketing.service.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * A RESOLVED ticket and when it was resolved; also where the next page of them starts.
 */
public record ResolvedTicket(UUID id, Instant resolvedAt) {

}
