package dev.ticketing.contracts.rest;

/**
 * The {@code _count} object of a ticket.
 */
public record CommentCount(long comments) {

}
