package dev.ticketing.contracts.rest;

import java.util.UUID;

/**
 * A CTI type within its category.
 */
public record TypeResponse(UUID id, String name, UUID categoryId) {

}
