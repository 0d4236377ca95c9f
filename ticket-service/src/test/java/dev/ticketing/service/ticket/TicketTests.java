package dev.ticketing.service.ticket;

import java.time.Instant;
import java.util.UUID;

import dev.ticketing.contracts.rest.TicketStatus;
import dev.ticketing.service.ticket.TicketChange.AssigneeChanged;
import dev.ticketing.service.ticket.TicketChange.Rerouted;
import dev.ticketing.service.ticket.TicketChange.StatusChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketTests {

	private static final Instant CREATED = Instant.parse("2026-03-30T10:00:00Z");

	private static final Instant LATER = CREATED.plusSeconds(3600);

	private final Routing routing = new Routing(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

	private final Ticket ticket = Ticket.open("V123456789", "Printer on fire", "", 3, this.routing, null,
			UUID.randomUUID(), CREATED);

	@Test
	void enteringResolvedStartsTheAutoCloseTimerAndLeavingItStopsIt() {
		this.ticket.changeStatus(TicketStatus.RESOLVED, LATER);
		assertThat(this.ticket).extracting("resolvedAt").isEqualTo(LATER);

		this.ticket.changeStatus(TicketStatus.OPEN, LATER.plusSeconds(60));
		assertThat(this.ticket).extracting("resolvedAt").isNull();
	}

	@Test
	void aTicketResolvedBeforeTheCutoffClosesByItself() {
		this.ticket.changeStatus(TicketStatus.RESOLVED, LATER);
		Instant now = LATER.plusSeconds(3600);

		assertThat(this.ticket.autoClose(LATER.plusSeconds(1), now)).isTrue();

		assertThat(this.ticket.getStatus()).isEqualTo(TicketStatus.CLOSED);
		assertThat(this.ticket).extracting("resolvedAt").isNull();
		assertThat(this.ticket).extracting("updatedAt").isEqualTo(now);
		assertThat(this.ticket.changes()).containsExactly(new StatusChanged(TicketStatus.OPEN, TicketStatus.RESOLVED),
				new StatusChanged(TicketStatus.RESOLVED, TicketStatus.CLOSED));
	}

	@Test
	void aTicketResolvedSinceTheCutoffOrNotResolvedDoesNotCloseByItself() {
		this.ticket.changeStatus(TicketStatus.RESOLVED, LATER);
		assertThat(this.ticket.autoClose(LATER, LATER.plusSeconds(60))).isFalse();

		this.ticket.changeStatus(TicketStatus.IN_PROGRESS, LATER.plusSeconds(60));
		assertThat(this.ticket.autoClose(LATER.plusSeconds(3600), LATER.plusSeconds(3600))).isFalse();

		assertThat(this.ticket.getStatus()).isEqualTo(TicketStatus.IN_PROGRESS);
	}

	@Test
	void eachChangeIsRecordedOnceInOrderAndTouchesUpdatedAt() {
		UUID josh = UUID.randomUUID();
		this.ticket.changeStatus(TicketStatus.IN_PROGRESS, LATER);
		this.ticket.assignTo(josh, LATER);

		assertThat(this.ticket.changes()).containsExactly(
				new StatusChanged(TicketStatus.OPEN, TicketStatus.IN_PROGRESS), new AssigneeChanged(null, josh));
		assertThat(this.ticket).extracting("updatedAt").isEqualTo(LATER);
	}

	@Test
	void settingWhatIsAlreadyThereRecordsNothing() {
		this.ticket.changeStatus(TicketStatus.OPEN, LATER);
		this.ticket.changeSeverity(3, LATER);
		this.ticket.retitle("Printer on fire", LATER);
		this.ticket.reroute(this.routing, LATER);
		this.ticket.assignTo(null, LATER);

		assertThat(this.ticket.changes()).isEmpty();
		assertThat(this.ticket).extracting("updatedAt").isEqualTo(CREATED);
	}

	@Test
	void reroutingRecordsTheOldAndNewPath() {
		Routing elsewhere = new Routing(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

		this.ticket.reroute(elsewhere, LATER);

		assertThat(this.ticket.changes()).containsExactly(new Rerouted(this.routing, elsewhere));
		assertThat(this.ticket.routing()).isEqualTo(elsewhere);
	}

}
