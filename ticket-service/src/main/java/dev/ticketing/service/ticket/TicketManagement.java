package dev.ticketing.service.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketDetailResponse;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;
import dev.ticketing.service.auth.CurrentUser;
import dev.ticketing.service.cti.CtiManagement;
import dev.ticketing.service.cti.CtiPath;
import dev.ticketing.service.shared.Ids;
import dev.ticketing.service.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening, changing and deleting tickets, each change with its events in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class TicketManagement {

	private final TicketRepository tickets;

	private final TicketQueries queries;

	private final TicketEvents events;

	private final DisplayIds displayIds;

	private final IdempotencyKeys idempotencyKeys;

	private final CtiManagement cti;

	private final TicketEdits edits;

	private final Clock clock;

	TicketManagement(TicketRepository tickets, TicketQueries queries, TicketEvents events, DisplayIds displayIds,
			IdempotencyKeys idempotencyKeys, CtiManagement cti, TicketEdits edits, Clock clock) {
		this.tickets = tickets;
		this.queries = queries;
		this.events = events;
		this.displayIds = displayIds;
		this.idempotencyKeys = idempotencyKeys;
		this.cti = cti;
		this.edits = edits;
		this.clock = clock;
	}

	public TicketPage list(TicketFilter filter, int limit, long offset) {
		return new TicketPage(this.queries.list(filter, limit, offset), this.queries.count(filter));
	}

	/** The ticket with this internal id or display id. */
	public TicketResponse get(String idOrDisplayId) {
		return find(idOrDisplayId).orElseThrow(TicketManagement::notFound);
	}

	public TicketDetailResponse getWithComments(String idOrDisplayId) {
		TicketResponse ticket = get(idOrDisplayId);
		return TicketDetailResponse.of(ticket, this.queries.comments(ticket.id()));
	}

	/**
	 * The internal id of the ticket with this internal id or display id, checked to exist
	 * but not loaded: for changes, which lock and load the ticket themselves, and for
	 * what hangs off a ticket.
	 */
	public UUID idOf(String idOrDisplayId) {
		Optional<UUID> id = DisplayIds.looksLikeDisplayId(idOrDisplayId)
				? this.queries.idByDisplayId(idOrDisplayId.toUpperCase(Locale.ROOT))
				: Ids.parse(idOrDisplayId).filter(this.queries::exists);
		return id.orElseThrow(TicketManagement::notFound);
	}

	/**
	 * The ticket as it is now, for the events of changes made to it by other features.
	 */
	public TicketResponse snapshot(UUID id) {
		return this.queries.find(id).orElseThrow(TicketManagement::notFound);
	}

	/**
	 * Opens a ticket. With an idempotency key, a repeated request returns the ticket the
	 * first one opened.
	 */
	@Transactional
	public OpenedTicket open(CreateTicketRequest request, CurrentUser actor, String idempotencyKey) {
		idempotencyKey = IdempotencyKeys.validate(idempotencyKey, "Idempotency-Key");
		if (idempotencyKey != null) {
			Optional<UUID> earlier = this.idempotencyKeys.claim(idempotencyKey, request.toString());
			if (earlier.isPresent()) {
				return new OpenedTicket(snapshot(earlier.get()), false);
			}
		}
		CtiPath path = this.cti.resolve(request.categoryId(), request.typeId(), request.itemId());
		this.edits.requireAssignee(request.assigneeId());
		Ticket ticket = Ticket.open(this.displayIds.next(), request.title().strip(),
				(request.overview() != null) ? request.overview() : "", request.severity(), Routing.of(path),
				request.assigneeId(), actor.id(), this.clock.instant());
		this.tickets.save(ticket);
		if (idempotencyKey != null) {
			this.idempotencyKeys.bind(idempotencyKey, ticket.getId());
		}
		TicketResponse opened = snapshot(ticket.getId());
		this.events.created(opened, actor.ref());
		return new OpenedTicket(opened, true);
	}

	@Transactional
	public TicketResponse update(String idOrDisplayId, UpdateTicketRequest request, CurrentUser actor) {
		UUID id = idOf(idOrDisplayId);
		Ticket ticket = this.tickets.findForUpdateById(id).orElseThrow(TicketManagement::notFound);
		TicketResponse before = snapshot(id);
		this.edits.apply(ticket, request, actor, this.clock.instant());
		return saveChanges(ticket, before, actor.ref());
	}

	/**
	 * RESOLVED tickets resolved before {@code resolvedBefore}, oldest first: one page of
	 * them after {@code after}, or the first page when it is {@code null}.
	 */
	public List<ResolvedTicket> resolvedBefore(Instant resolvedBefore, ResolvedTicket after, int limit) {
		return this.queries.resolvedBefore(resolvedBefore, after, limit);
	}

	/**
	 * Closes the ticket for the system (its event has no actor) if it is still RESOLVED
	 * since before {@code resolvedBefore}. The check runs on the locked row, so an agent
	 * who re-opened the ticket since it was found due, or another instance that closed it
	 * first, wins and this call changes nothing.
	 * @return whether this call closed the ticket
	 */
	@Transactional
	public boolean autoClose(UUID id, Instant resolvedBefore) {
		Optional<Ticket> found = this.tickets.findForUpdateById(id);
		if (found.isEmpty()) {
			return false;
		}
		Ticket ticket = found.get();
		TicketResponse before = snapshot(id);
		if (!ticket.autoClose(resolvedBefore, this.clock.instant())) {
			return false;
		}
		saveChanges(ticket, before, null);
		return true;
	}

	@Transactional
	public void delete(String idOrDisplayId, CurrentUser actor) {
		UUID id = idOf(idOrDisplayId);
		// locked first: of two deletes at once, the second finds nothing and says 404
		// instead of a second event
		this.tickets.findForUpdateById(id).orElseThrow(TicketManagement::notFound);
		TicketResponse ticket = snapshot(id);
		this.tickets.deleteById(id);
		this.events.deleted(ticket, actor.ref());
	}

	/** Unassigns the ticket as the actor, with its event. */
	@Transactional
	void unassign(UUID id, UserRef actor) {
		Ticket ticket = this.tickets.findForUpdateById(id).orElseThrow(TicketManagement::notFound);
		TicketResponse before = snapshot(id);
		ticket.assignTo(null, this.clock.instant());
		saveChanges(ticket, before, actor);
	}

	private TicketResponse saveChanges(Ticket ticket, TicketResponse before, UserRef actor) {
		List<TicketChange> changes = ticket.changes();
		if (changes.isEmpty()) {
			return before;
		}
		this.tickets.save(ticket);
		TicketResponse after = snapshot(ticket.getId());
		changes.forEach((change) -> this.events.changed(change, before, after, actor));
		return after;
	}

	private Optional<TicketResponse> find(String idOrDisplayId) {
		if (DisplayIds.looksLikeDisplayId(idOrDisplayId)) {
			return this.queries.findByDisplayId(idOrDisplayId.toUpperCase(Locale.ROOT));
		}
		return Ids.parse(idOrDisplayId).flatMap(this.queries::find);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("Ticket not found");
	}

	/**
	 * A ticket from {@link #open}; {@code created} is false when an idempotency key
	 * returned an earlier one.
	 */
	public record OpenedTicket(TicketResponse ticket, boolean created) {
	}

	/** One page of the ticket list, with the number of tickets on all pages. */
	public record TicketPage(List<TicketResponse> tickets, long total) {
	}

}
