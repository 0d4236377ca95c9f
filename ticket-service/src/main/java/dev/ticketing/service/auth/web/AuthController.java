package dev.ticketing.service.auth.web;

import dev.ticketing.contracts.rest.LoginResponse;
import dev.ticketing.contracts.rest.UserResponse;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.auth.Login;
import dev.ticketing.service.auth.Login.ThrottledException;
import dev.ticketing.service.auth.Login.WrongCredentialsException;
import dev.ticketing.service.auth.LoginRequest;
import dev.ticketing.service.user.UserManagement;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Login login;

	private final UserManagement users;

	AuthController(Login login, UserManagement users) {
		this.login = login;
		this.users = users;
	}

	@PostMapping("/login")
	LoginResponse login(@Valid @RequestBody LoginRequest request) {
		return this.login.login(request.username(), request.password());
	}

	@GetMapping("/me")
	UserResponse me(@AuthenticationPrincipal CurrentUser currentUser) {
		return this.users.get(currentUser.id());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> wrongCredentials(WrongCredentialsException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(ThrottledException ex) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds() + ((ex.retryAfter().toMillisPart() > 0) ? 1 : 0));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					ex.getMessage() + "; try again in " + seconds + " seconds"));
	}

}
