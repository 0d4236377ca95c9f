package dev.ticketing.service.auth;

import java.time.Duration;
import java.util.Optional;

import dev.ticketing.contracts.rest.LoginResponse;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.user.User;
import dev.ticketing.service.user.UserManagement;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password login: a JWT for people, never for SERVICE accounts, with repeated failures
 * throttled per username. An unknown username costs the same BCrypt check as a wrong
 * password and gets the same answer.
 */
@Service
public class Login {

	private final UserManagement users;

	private final PasswordEncoder passwordEncoder;

	private final Tokens tokens;

	private final LoginThrottle throttle;

	private final String unknownUserHash;

	Login(UserManagement users, PasswordEncoder passwordEncoder, Tokens tokens, LoginThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.throttle = throttle;
		this.unknownUserHash = passwordEncoder.encode("no such user; this hash only evens out response times");
	}

	/**
	 * @throws WrongCredentialsException for an unknown user, a wrong password or a
	 * SERVICE account
	 * @throws ThrottledException while this username must wait after too many failures
	 */
	public LoginResponse login(String username, String password) {
		LoginThrottle.Attempt attempt = this.throttle.begin(username);
		attempt.refusedFor().ifPresent((wait) -> {
			throw new ThrottledException(wait);
		});
		Optional<User> user = this.users.findByUsername(username);
		String hash = user.filter(User::hasPassword).map(User::getPasswordHash).orElse(this.unknownUserHash);
		boolean matches = this.passwordEncoder.matches(password, hash);
		if (!matches || user.isEmpty() || user.get().getRole() == Role.SERVICE || !user.get().hasPassword()) {
			this.throttle.failed(username, attempt);
			throw new WrongCredentialsException();
		}
		this.throttle.succeeded(username);
		return new LoginResponse(this.tokens.issue(user.get()), this.users.get(user.get().getId()));
	}

	/**
	 * The username and password do not belong together, or the account may not log in
	 * with a password.
	 */
	public static class WrongCredentialsException extends RuntimeException {

		WrongCredentialsException() {
			super("Invalid username or password");
		}

	}

	/**
	 * Too many failed logins for this username; the next attempt is possible after
	 * {@link #retryAfter()}.
	 */
	public static class ThrottledException extends RuntimeException {

		private final Duration retryAfter;

		ThrottledException(Duration retryAfter) {
			super("Too many failed logins for this username");
			this.retryAfter = retryAfter;
		}

		public Duration retryAfter() {
			return this.retryAfter;
		}

	}

}
