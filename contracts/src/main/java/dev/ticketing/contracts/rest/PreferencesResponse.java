package dev.ticketing.contracts.rest;

/**
 * What a user chose for their own account.
 *
 * @param emailNotifications whether they are sent e-mail about tickets they created or
 * are assigned
 */
public record PreferencesResponse(boolean emailNotifications) {

}
