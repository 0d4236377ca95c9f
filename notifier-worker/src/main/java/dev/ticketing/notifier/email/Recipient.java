package dev.ticketing.notifier.email;

import java.util.UUID;

/**
 * A user as e-mail needs them.
 *
 * @param email their address, {@code null} when they have none
 * @param wantsEmail their own choice, {@code PUT /api/auth/me/preferences}
 */
record Recipient(UUID id, String displayName, String email, boolean wantsEmail) {

	boolean reachable() {
		return this.wantsEmail && this.email != null && !this.email.isBlank();
	}

}
