package dev.ticketing.contracts.rest;

import java.util.UUID;

/**
 * A CTI item within its type.
 */
public record ItemResponse(UUID id, String name, UUID typeId) {

}
