package dev.ticketing.service.ticket.web;

import java.util.List;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketDetailResponse;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.TicketStatus;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.ticket.CreateTicketRequest;
import dev.ticketing.service.ticket.TicketFilter;
import dev.ticketing.service.ticket.TicketManagement;
import dev.ticketing.service.ticket.TicketManagement.OpenedTicket;
import dev.ticketing.service.ticket.TicketManagement.TicketPage;
import dev.ticketing.service.ticket.UpdateTicketRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/tickets")
class TicketController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final TicketManagement tickets;

	TicketController(TicketManagement tickets) {
		this.tickets = tickets;
	}

	/**
	 * Sorted by severity, then newest first; the total is in {@code X-Total-Count}, the
	 * next page in {@code Link}.
	 */
	@GetMapping
	ResponseEntity<List<TicketResponse>> list(@RequestParam(required = false) TicketStatus status,
			@RequestParam(required = false) @Min(1) @Max(5) Integer severity,
			@RequestParam(required = false) UUID categoryId, @RequestParam(required = false) UUID assigneeId,
			@RequestParam(required = false) @Size(max = 200) String search,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
			@RequestParam(defaultValue = "0") @Min(0) long offset) {
		String searched = (search != null && !search.isBlank()) ? search : null;
		TicketPage page = this.tickets.list(new TicketFilter(status, severity, categoryId, assigneeId, searched), limit,
				offset);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", Long.toString(page.total()));
		if (offset + limit < page.total()) {
			response.header(HttpHeaders.LINK, "<" + pageUri(limit, offset + limit) + ">; rel=\"next\"");
		}
		return response.body(page.tickets());
	}

	@GetMapping("/{id}")
	TicketDetailResponse get(@PathVariable String id) {
		return this.tickets.getWithComments(id);
	}

	@PostMapping
	ResponseEntity<TicketResponse> create(@Valid @RequestBody CreateTicketRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
			@AuthenticationPrincipal CurrentUser actor) {
		OpenedTicket opened = this.tickets.open(request, actor, idempotencyKey);
		var response = ResponseEntity.status(HttpStatus.CREATED)
			.location(ServletUriComponentsBuilder.fromCurrentRequestUri()
				.path("/{id}")
				.buildAndExpand(opened.ticket().id())
				.toUri());
		if (!opened.created()) {
			response.header("Idempotent-Replayed", "true");
		}
		return response.body(opened.ticket());
	}

	@PatchMapping("/{id}")
	TicketResponse update(@PathVariable String id, @Valid @RequestBody UpdateTicketRequest request,
			@AuthenticationPrincipal CurrentUser actor) {
		return this.tickets.update(id, request, actor);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, @AuthenticationPrincipal CurrentUser actor) {
		this.tickets.delete(id, actor);
	}

	private static String pageUri(int limit, long offset) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("limit", limit)
			.replaceQueryParam("offset", offset)
			.build()
			.toUriString();
	}

}
