package dev.ticketing.service.ticket;

import dev.ticketing.service.shared.StorableText;
import java.util.Optional;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketStatus;
import dev.ticketing.service.shared.ClearableId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code PATCH /api/tickets/:id}. Absent fields stay as they are;
 * {@code assigneeId} is {@code null} when absent and empty when sent as {@code null},
 * which unassigns the ticket.
 */
public record UpdateTicketRequest(
		@Size(max = TicketLimits.TITLE) @Pattern(regexp = "(?s).*\\S.*",
				message = "must not be blank") @StorableText String title,
		@Size(max = TicketLimits.OVERVIEW) @StorableText String overview, @Min(1) @Max(5) Integer severity,
		TicketStatus status, @JsonDeserialize(using = ClearableId.class) Optional<UUID> assigneeId, UUID categoryId,
		UUID typeId, UUID itemId) {

	boolean reroutes() {
		return this.categoryId != null || this.typeId != null || this.itemId != null;
	}

}
