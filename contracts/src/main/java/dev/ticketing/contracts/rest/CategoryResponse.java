package dev.ticketing.contracts.rest;

import java.util.UUID;

/**
 * A CTI category (a queue).
 */
public record CategoryResponse(UUID id, String name) {

}
