package dev.ticketing.service.user.web;

import java.util.List;
import java.util.UUID;

import dev.ticketing.contracts.rest.UserResponse;
import dev.ticketing.service.shared.Ids;
import dev.ticketing.service.user.CreateUserRequest;
import dev.ticketing.service.user.UpdateUserRequest;
import dev.ticketing.service.user.UserManagement;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class UserController {

	private final UserManagement users;

	UserController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	List<UserResponse> list() {
		return this.users.list();
	}

	@GetMapping("/{id}")
	UserResponse get(@PathVariable String id) {
		return this.users.get(Ids.require(id, "User"));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserResponse create(@Valid @RequestBody CreateUserRequest request) {
		return this.users.create(request);
	}

	@PatchMapping("/{id}")
	UserResponse update(@PathVariable String id, @Valid @RequestBody UpdateUserRequest request) {
		return this.users.update(Ids.require(id, "User"), request);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, @AuthenticationPrincipal(expression = "id") UUID actorId) {
		this.users.delete(Ids.require(id, "User"), actorId);
	}

}
