package dev.ticketing.service.autoclose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.ticketing.service.ticket.ResolvedTicket;
import dev.ticketing.service.ticket.TicketManagement;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class AutoCloseTests {

	private static final Instant NOW = Instant.parse("2026-04-20T10:00:00Z");

	private static final Instant CUTOFF = NOW.minus(Duration.ofDays(14));

	private final TicketManagement tickets = mock(TicketManagement.class);

	private final AutoClose autoClose = new AutoClose(this.tickets,
			new AutoCloseProperties("0 0 * * * ?", Duration.ofDays(14), 2), Clock.fixed(NOW, ZoneOffset.UTC));

	private final ResolvedTicket first = resolved(1);

	private final ResolvedTicket second = resolved(2);

	private final ResolvedTicket third = resolved(3);

	@Test
	void closesTheTicketsResolvedBeforeThePeriodPageByPageUntilAShortPage() {
		given(this.tickets.resolvedBefore(eq(CUTOFF), isNull(), eq(2))).willReturn(List.of(this.first, this.second));
		given(this.tickets.resolvedBefore(CUTOFF, this.second, 2)).willReturn(List.of(this.third));
		given(this.tickets.autoClose(any(), eq(CUTOFF))).willReturn(true);

		assertThat(this.autoClose.closeDue(() -> false)).isEqualTo(3);

		verify(this.tickets, times(2)).resolvedBefore(any(), any(), eq(2));
		verify(this.tickets).autoClose(this.third.id(), CUTOFF);
	}

	@Test
	void countsOnlyTheTicketsThisRunClosed() {
		given(this.tickets.resolvedBefore(eq(CUTOFF), isNull(), eq(2))).willReturn(List.of(this.first));
		given(this.tickets.autoClose(this.first.id(), CUTOFF)).willReturn(false);

		assertThat(this.autoClose.closeDue(() -> false)).isZero();
	}

	@Test
	void aTicketThatFailsToCloseIsSkippedAndTheRunGoesOn() {
		given(this.tickets.resolvedBefore(eq(CUTOFF), isNull(), eq(2))).willReturn(List.of(this.first, this.second));
		given(this.tickets.resolvedBefore(CUTOFF, this.second, 2)).willReturn(List.of());
		given(this.tickets.autoClose(this.first.id(), CUTOFF)).willThrow(new IllegalStateException("boom"));
		given(this.tickets.autoClose(this.second.id(), CUTOFF)).willReturn(true);

		assertThat(this.autoClose.closeDue(() -> false)).isEqualTo(1);
	}

	@Test
	void tenFailuresInARowEndTheRun() {
		List<ResolvedTicket> page = List.of(this.first, this.second);
		given(this.tickets.resolvedBefore(any(), any(), eq(2))).willReturn(page);
		given(this.tickets.autoClose(any(), any())).willThrow(new DataAccessResourceFailureException("gone"));

		assertThatIllegalStateException().isThrownBy(() -> this.autoClose.closeDue(() -> false))
			.withMessageContaining("10 failures in a row");
		verify(this.tickets, times(10)).autoClose(any(), any());
	}

	@Test
	void aCancelledRunClosesNothingMore() {
		given(this.tickets.resolvedBefore(eq(CUTOFF), isNull(), eq(2))).willReturn(List.of(this.first, this.second));

		assertThat(this.autoClose.closeDue(() -> true)).isZero();

		verify(this.tickets, never()).autoClose(any(), any());
	}

	private static ResolvedTicket resolved(int daysBeforeCutoff) {
		return new ResolvedTicket(UUID.randomUUID(), CUTOFF.minus(Duration.ofDays(daysBeforeCutoff)));
	}

}
