package dev.ticketing.service.comment;

import dev.ticketing.service.shared.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/tickets/:id/comments}: markdown.
 */
public record CommentRequest(@NotBlank @Size(max = 100_000) @StorableText String body) {

}
