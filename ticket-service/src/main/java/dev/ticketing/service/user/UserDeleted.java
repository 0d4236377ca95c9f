package dev.ticketing.service.user;

import java.util.UUID;

import dev.ticketing.contracts.rest.UserRef;

/**
 * A user account is about to be deleted, in the deleting transaction: what refers to it
 * can still say so.
 *
 * @param userId the account being deleted
 * @param deletedBy the admin deleting it
 */
public record UserDeleted(UUID userId, UserRef deletedBy) {

}
