package dev.ticketing.service.comment.web;

import dev.ticketing.contracts.rest.CommentResponse;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.comment.CommentManagement;
import dev.ticketing.service.comment.CommentRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tickets/{ticketId}/comments")
class CommentController {

	private final CommentManagement comments;

	CommentController(CommentManagement comments) {
		this.comments = comments;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CommentResponse add(@PathVariable String ticketId, @Valid @RequestBody CommentRequest request,
			@AuthenticationPrincipal CurrentUser author) {
		return this.comments.add(ticketId, request, author);
	}

	@DeleteMapping("/{commentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String ticketId, @PathVariable String commentId,
			@AuthenticationPrincipal CurrentUser actor) {
		this.comments.delete(ticketId, commentId, actor);
	}

}
