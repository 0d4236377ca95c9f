package dev.ticketing.contracts.rest;

import java.util.UUID;

/**
 * A user as other resources show it: the assignee, creator or author.
 */
public record UserRef(UUID id, String username, String displayName) {

}
