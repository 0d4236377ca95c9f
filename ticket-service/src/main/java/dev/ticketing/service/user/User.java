package dev.ticketing.service.user;

import java.time.Instant;
import java.util.UUID;

import dev.ticketing.contracts.rest.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user account. People log in with a password; SERVICE accounts authenticate with an
 * API key only.
 */
@Table("users")
public class User {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final String username;

	private String email;

	private String displayName;

	private Role role;

	private String passwordHash;

	private String apiKeyHash;

	private int tokenVersion;

	private boolean emailNotifications;

	private final Instant createdAt;

	private Instant updatedAt;

	@PersistenceCreator
	User(UUID id, Integer version, String username, String email, String displayName, Role role, String passwordHash,
			String apiKeyHash, int tokenVersion, boolean emailNotifications, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.username = username;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.apiKeyHash = apiKeyHash;
		this.tokenVersion = tokenVersion;
		this.emailNotifications = emailNotifications;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static User create(String username, String email, String displayName, Role role, Instant now) {
		return new User(UUID.randomUUID(), null, username, email, displayName, role, null, null, 0, true, now, now);
	}

	void rename(String displayName, Instant now) {
		this.displayName = displayName;
		this.updatedAt = now;
	}

	void changeEmail(String email, Instant now) {
		this.email = email;
		this.updatedAt = now;
	}

	/** Whether this user is sent e-mail about their tickets; their own choice. */
	void changeEmailNotifications(boolean on, Instant now) {
		if (this.emailNotifications != on) {
			this.emailNotifications = on;
			this.updatedAt = now;
		}
	}

	/** Changing the role ends every session of this user. */
	void changeRole(Role role, Instant now) {
		if (this.role != role) {
			this.role = role;
			this.tokenVersion++;
			this.updatedAt = now;
		}
		if (role == Role.SERVICE) {
			this.passwordHash = null;
		}
		else {
			this.apiKeyHash = null;
		}
	}

	/** Setting a password ends every session of this user. */
	void setPasswordHash(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.tokenVersion++;
		this.updatedAt = now;
	}

	void setApiKeyHash(String apiKeyHash, Instant now) {
		this.apiKeyHash = apiKeyHash;
		this.updatedAt = now;
	}

	public UUID getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

	public int getTokenVersion() {
		return this.tokenVersion;
	}

	public boolean wantsEmailNotifications() {
		return this.emailNotifications;
	}

}
