package dev.ticketing.contracts.rest;

import java.util.UUID;

/**
 * A category, type or item as a ticket shows it.
 */
public record NamedRef(UUID id, String name) {

}
