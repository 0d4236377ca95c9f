package dev.ticketing.contracts.rest;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a ticket's audit log; {@code user} is {@code null} for the system.
 */
public record AuditEntryResponse(UUID id, String action, String detail, Instant createdAt, UserRef user) {

}
