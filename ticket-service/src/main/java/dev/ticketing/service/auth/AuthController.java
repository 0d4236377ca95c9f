package dev.ticketing.service.auth;

import java.time.Duration;
import java.util.Optional;

import dev.ticketing.contracts.rest.LoginResponse;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.contracts.rest.UserResponse;
import dev.ticketing.service.user.User;
import dev.ticketing.service.user.UserManagement;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final UserManagement users;

	private final PasswordEncoder passwordEncoder;

	private final Tokens tokens;

	private final LoginThrottle throttle;

	private final String unknownUserHash;

	AuthController(UserManagement users, PasswordEncoder passwordEncoder, Tokens tokens, LoginThrottle throttle) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.throttle = throttle;
		this.unknownUserHash = passwordEncoder.encode("no such user; this hash only evens out response times");
	}

	@PostMapping("/login")
	LoginResponse login(@Valid @RequestBody LoginRequest request) {
		this.throttle.waitBeforeNextAttempt(request.username()).ifPresent((wait) -> {
			throw new LoginThrottled(wait);
		});
		Optional<User> user = this.users.findByUsername(request.username());
		String hash = user.filter(User::hasPassword).map(User::getPasswordHash).orElse(this.unknownUserHash);
		boolean matches = this.passwordEncoder.matches(request.password(), hash);
		if (!matches || user.isEmpty() || user.get().getRole() == Role.SERVICE || !user.get().hasPassword()) {
			this.throttle.recordFailure(request.username());
			throw new WrongCredentials();
		}
		this.throttle.recordSuccess(request.username());
		return new LoginResponse(this.tokens.issue(user.get()), this.users.get(user.get().getId()));
	}

	@GetMapping("/me")
	UserResponse me(@AuthenticationPrincipal CurrentUser currentUser) {
		return this.users.get(currentUser.id());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongCredentials(WrongCredentials ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Invalid username or password"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(LoginThrottled ex) {
		long seconds = Math.max(1, ex.wait.toSeconds() + ((ex.wait.toMillisPart() > 0) ? 1 : 0));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins for this username; try again in " + seconds + " seconds"));
	}

	private static final class WrongCredentials extends RuntimeException {

	}

	private static final class LoginThrottled extends RuntimeException {

		private final Duration wait;

		LoginThrottled(Duration wait) {
			this.wait = wait;
		}

	}

}
