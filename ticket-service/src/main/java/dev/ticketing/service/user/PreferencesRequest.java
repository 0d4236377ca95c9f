package dev.ticketing.service.user;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /api/auth/me/preferences}: every preference, as the caller wants
 * it.
 */
public record PreferencesRequest(@NotNull Boolean emailNotifications) {

}
