package dev.ticketing.service.user.web;

import java.util.UUID;

import dev.ticketing.contracts.rest.PreferencesResponse;
import dev.ticketing.service.user.PreferencesRequest;
import dev.ticketing.service.user.UserManagement;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own preferences. The path sits beside {@code /api/auth/me}, where a client
 * finds its account; the data is the user feature's.
 */
@RestController
@RequestMapping("/api/auth/me/preferences")
class PreferencesController {

	private final UserManagement users;

	PreferencesController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	PreferencesResponse get(@AuthenticationPrincipal(expression = "id") UUID callerId) {
		return this.users.preferences(callerId);
	}

	@PutMapping
	PreferencesResponse change(@AuthenticationPrincipal(expression = "id") UUID callerId,
			@Valid @RequestBody PreferencesRequest request) {
		return this.users.changePreferences(callerId, request);
	}

}
