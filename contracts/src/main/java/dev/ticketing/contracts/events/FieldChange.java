package dev.ticketing.contracts.events;

/**
 * The old and new value of one field of a ticket.
 */
public record FieldChange(Object from, Object to) {

}
