package dev.ticketing.service.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.ticketing.contracts.rest.TicketStatus;

/**
 * What {@code GET /api/tickets} narrows the list to; {@code null} means any.
 */
public record TicketFilter(TicketStatus status, Integer severity, UUID categoryId, UUID assigneeId, String search) {

	/**
	 * The search words as a PostgreSQL prefix query ({@code back:* & plex:*}), or an
	 * empty string when the search has no words. Only letters and digits pass, so user
	 * input never reaches the query syntax.
	 */
	String searchQuery() {
		if (this.search == null) {
			return "";
		}
		return Arrays.stream(this.search.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.limit(16)
			.map((word) -> word + ":*")
			.collect(Collectors.joining(" & "));
	}

	/** The search as a display id, upper case, when it is one. */
	String searchedDisplayId() {
		return (this.search != null && DisplayIds.looksLikeDisplayId(this.search.strip()))
				? this.search.strip().toUpperCase(Locale.ROOT) : null;
	}

}
