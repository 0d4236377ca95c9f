package dev.ticketing.service.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.ticketing.contracts.rest.PreferencesResponse;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.contracts.rest.UserRef;
import dev.ticketing.contracts.rest.UserResponse;
import dev.ticketing.service.shared.ConflictException;
import dev.ticketing.service.shared.InvalidFieldException;
import dev.ticketing.service.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: what admins manage, and what authentication and tickets look up.
 */
@Service
@Transactional(readOnly = true)
public class UserManagement {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UserManagement(UserRepository users, PasswordEncoder passwordEncoder, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public Optional<User> findById(UUID id) {
		return this.users.findById(id);
	}

	public Optional<User> findByUsername(String username) {
		return this.users.findByUsername(username);
	}

	/** The SERVICE account holding this API key, if any. */
	public Optional<User> findByApiKey(String apiKey) {
		return this.users.findByApiKeyHash(ApiKeys.hash(apiKey)).filter((user) -> user.getRole() == Role.SERVICE);
	}

	public List<UserResponse> list() {
		return this.users.findAllInDisplayOrder().stream().map((user) -> response(user, null)).toList();
	}

	public UserResponse get(UUID id) {
		return response(require(id), null);
	}

	@Transactional
	public UserResponse create(CreateUserRequest request) {
		if (this.users.usernameTaken(request.username())) {
			throw new ConflictException("Username '" + request.username() + "' is already taken");
		}
		String email = blankToNull(request.email());
		requireFreeEmail(email, null);
		Instant now = this.clock.instant();
		String displayName = (request.displayName() != null && !request.displayName().isBlank())
				? request.displayName().strip() : request.username();
		User user = User.create(request.username(), email, displayName, request.role(), now);
		String apiKey = null;
		if (request.role() == Role.SERVICE) {
			if (request.password() != null) {
				throw new InvalidFieldException("password", "SERVICE accounts authenticate with an API key only");
			}
			apiKey = issueApiKey(user, now);
		}
		else {
			if (request.password() == null) {
				throw new InvalidFieldException("password", "is required for a " + request.role() + " account");
			}
			user.setPasswordHash(encode(request.password()), now);
		}
		return response(this.users.save(user), apiKey);
	}

	@Transactional
	public UserResponse update(UUID id, UpdateUserRequest request) {
		User user = require(id);
		Instant now = this.clock.instant();
		Role previousRole = user.getRole();
		if (request.role() != null && request.role() != previousRole) {
			changeRole(user, request.role(), request.password(), now);
		}
		if (request.displayName() != null) {
			user.rename(request.displayName().strip(), now);
		}
		if (request.email() != null) {
			String email = blankToNull(request.email());
			requireFreeEmail(email, user.getId());
			user.changeEmail(email, now);
		}
		boolean regenerate = Boolean.TRUE.equals(request.regenerateApiKey());
		String apiKey = null;
		if (user.getRole() == Role.SERVICE) {
			if (request.password() != null) {
				throw new InvalidFieldException("password", "SERVICE accounts authenticate with an API key only");
			}
			if (regenerate || previousRole != Role.SERVICE) {
				apiKey = issueApiKey(user, now);
			}
		}
		else {
			if (regenerate) {
				throw new InvalidFieldException("regenerateApiKey", "only SERVICE accounts have an API key");
			}
			if (request.password() != null) {
				user.setPasswordHash(encode(request.password()), now);
			}
		}
		return response(this.users.save(user), apiKey);
	}

	public PreferencesResponse preferences(UUID id) {
		return new PreferencesResponse(require(id).wantsEmailNotifications());
	}

	/** A user's own choices: only they make them, so no role is needed. */
	@Transactional
	public PreferencesResponse changePreferences(UUID id, PreferencesRequest request) {
		User user = require(id);
		user.changeEmailNotifications(request.emailNotifications(), this.clock.instant());
		return new PreferencesResponse(this.users.save(user).wantsEmailNotifications());
	}

	@Transactional
	public void delete(UUID id, UUID actorId) {
		User user = require(id);
		if (user.getId().equals(actorId)) {
			throw new ConflictException("You cannot delete your own account");
		}
		if (user.getRole() == Role.ADMIN && this.users.lockAndCountAdmins() <= 1) {
			throw new ConflictException("The last ADMIN cannot be deleted");
		}
		UserRef deletedBy = this.users.findById(actorId).map(UserManagement::ref).orElse(null);
		this.events.publishEvent(new UserDeleted(user.getId(), deletedBy));
		this.users.delete(user);
	}

	private void changeRole(User user, Role role, String password, Instant now) {
		if (user.getRole() == Role.ADMIN && this.users.lockAndCountAdmins() <= 1) {
			throw new ConflictException("The last ADMIN cannot be demoted");
		}
		if (user.getRole() == Role.SERVICE && password == null) {
			throw new InvalidFieldException("password", "is required when a SERVICE account becomes " + role);
		}
		user.changeRole(role, now);
	}

	private String issueApiKey(User user, Instant now) {
		String apiKey = ApiKeys.generate();
		user.setApiKeyHash(ApiKeys.hash(apiKey), now);
		return apiKey;
	}

	private String encode(String password) {
		if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
			throw new InvalidFieldException("password", "must be at most 72 bytes");
		}
		return this.passwordEncoder.encode(password);
	}

	private void requireFreeEmail(String email, UUID exceptId) {
		if (email != null && this.users.emailTaken(email, (exceptId != null) ? exceptId : new UUID(0, 0))) {
			throw new ConflictException("E-mail '" + email + "' is already used by another account");
		}
	}

	private User require(UUID id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("User not found"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public static UserRef ref(User user) {
		return new UserRef(user.getId(), user.getUsername(), user.getDisplayName());
	}

	static UserResponse response(User user, String apiKey) {
		return new UserResponse(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
				user.getRole(), apiKey);
	}

}
