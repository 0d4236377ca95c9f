package dev.ticketing.service.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketStatus;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A ticket. Every change goes through a method named for it, which keeps
 * {@code resolvedAt} right and records the change so that it can be published.
 */
@Table("tickets")
class Ticket {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final String displayId;

	private String title;

	private String overview;

	private int severity;

	private TicketStatus status;

	private UUID categoryId;

	private UUID typeId;

	private UUID itemId;

	private UUID assigneeId;

	private final UUID createdById;

	private Instant resolvedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Transient
	private final List<TicketChange> changes = new ArrayList<>();

	@PersistenceCreator
	Ticket(UUID id, Integer version, String displayId, String title, String overview, int severity, TicketStatus status,
			UUID categoryId, UUID typeId, UUID itemId, UUID assigneeId, UUID createdById, Instant resolvedAt,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.version = version;
		this.displayId = displayId;
		this.title = title;
		this.overview = overview;
		this.severity = severity;
		this.status = status;
		this.categoryId = categoryId;
		this.typeId = typeId;
		this.itemId = itemId;
		this.assigneeId = assigneeId;
		this.createdById = createdById;
		this.resolvedAt = resolvedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Ticket open(String displayId, String title, String overview, int severity, Routing routing, UUID assigneeId,
			UUID createdById, Instant now) {
		return new Ticket(UUID.randomUUID(), null, displayId, title, overview, severity, TicketStatus.OPEN,
				routing.categoryId(), routing.typeId(), routing.itemId(), assigneeId, createdById, null, now, now);
	}

	/** Entering RESOLVED starts the auto-close timer; leaving it stops the timer. */
	void changeStatus(TicketStatus to, Instant now) {
		if (this.status == to) {
			return;
		}
		record(new TicketChange.StatusChanged(this.status, to), now);
		this.status = to;
		this.resolvedAt = (to == TicketStatus.RESOLVED) ? now : null;
	}

	/**
	 * Closes the ticket for the system if it has been RESOLVED since before
	 * {@code resolvedBefore}; a ticket re-opened or resolved again since is left alone.
	 * @return whether it closed
	 */
	boolean autoClose(Instant resolvedBefore, Instant now) {
		if (this.status != TicketStatus.RESOLVED || this.resolvedAt == null
				|| !this.resolvedAt.isBefore(resolvedBefore)) {
			return false;
		}
		changeStatus(TicketStatus.CLOSED, now);
		return true;
	}

	void changeSeverity(int to, Instant now) {
		if (this.severity != to) {
			record(new TicketChange.SeverityChanged(this.severity, to), now);
			this.severity = to;
		}
	}

	void assignTo(UUID assigneeId, Instant now) {
		if (!Objects.equals(this.assigneeId, assigneeId)) {
			record(new TicketChange.AssigneeChanged(this.assigneeId, assigneeId), now);
			this.assigneeId = assigneeId;
		}
	}

	void reroute(Routing to, Instant now) {
		Routing from = routing();
		if (!from.equals(to)) {
			record(new TicketChange.Rerouted(from, to), now);
			this.categoryId = to.categoryId();
			this.typeId = to.typeId();
			this.itemId = to.itemId();
		}
	}

	void retitle(String title, Instant now) {
		if (!this.title.equals(title)) {
			record(new TicketChange.TitleChanged(this.title, title), now);
			this.title = title;
		}
	}

	void rewriteOverview(String overview, Instant now) {
		if (!this.overview.equals(overview)) {
			record(new TicketChange.OverviewChanged(this.overview, overview), now);
			this.overview = overview;
		}
	}

	private void record(TicketChange change, Instant now) {
		this.changes.add(change);
		this.updatedAt = now;
	}

	/** The changes made since this ticket was loaded, in the order they were made. */
	List<TicketChange> changes() {
		return List.copyOf(this.changes);
	}

	Routing routing() {
		return new Routing(this.categoryId, this.typeId, this.itemId);
	}

	UUID getId() {
		return this.id;
	}

	TicketStatus getStatus() {
		return this.status;
	}

}
