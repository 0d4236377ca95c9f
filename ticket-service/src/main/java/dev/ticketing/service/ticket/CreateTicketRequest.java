package dev.ticketing.service.ticket;

import dev.ticketing.service.shared.StorableText;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/tickets}, and of a message on the intake queue.
 */
public record CreateTicketRequest(@NotBlank @Size(max = TicketLimits.TITLE) @StorableText String title,
		@Size(max = TicketLimits.OVERVIEW) @StorableText String overview, @NotNull @Min(1) @Max(5) Integer severity,
		@NotNull UUID categoryId, @NotNull UUID typeId, @NotNull UUID itemId, UUID assigneeId) {

}
