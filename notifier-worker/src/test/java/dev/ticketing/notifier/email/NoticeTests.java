package dev.ticketing.notifier.email;

import java.util.List;
import java.util.Optional;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;
import dev.ticketing.notifier.support.TicketEventMother;
import dev.ticketing.notifier.support.TicketSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.ticketing.notifier.support.TicketEventMother.event;
import static org.assertj.core.api.Assertions.assertThat;

class NoticeTests {

	private static final UserRef CREATOR = user("creator");

	private static final UserRef ASSIGNEE = user("assignee");

	private static final UserRef OTHER = user("other");

	@Test
	void anAssignmentTellsTheNewAssignee() {
		assertThat(notice(event(EventType.ASSIGNEE_CHANGED).on(ticket(CREATOR, ASSIGNEE)).by(OTHER)))
			.hasValue(new Notice("assigned", List.of(ASSIGNEE.id())));
	}

	@Test
	void aTicketCreatedWithAnAssigneeTellsTheAssignee() {
		assertThat(notice(event(EventType.CREATED).on(ticket(CREATOR, ASSIGNEE)).by(CREATOR)))
			.hasValue(new Notice("assigned", List.of(ASSIGNEE.id())));
	}

	@Test
	void noOneIsToldOfAnUnassignmentOrAnUnassignedNewTicket() {
		assertThat(notice(event(EventType.ASSIGNEE_CHANGED).on(ticket(CREATOR, null)).by(OTHER))).isEmpty();
		assertThat(notice(event(EventType.CREATED).on(ticket(CREATOR, null)).by(CREATOR))).isEmpty();
	}

	@Test
	void whoAssignsTheTicketToThemselvesIsNotTold() {
		assertThat(notice(event(EventType.ASSIGNEE_CHANGED).on(ticket(CREATOR, ASSIGNEE)).by(ASSIGNEE))).isEmpty();
	}

	@Test
	void aCommentOrStatusChangeTellsCreatorAndAssignee() {
		assertThat(notice(event(EventType.COMMENT_ADDED).on(ticket(CREATOR, ASSIGNEE)).by(OTHER)))
			.hasValue(new Notice("commented", List.of(CREATOR.id(), ASSIGNEE.id())));
		assertThat(notice(event(EventType.STATUS_CHANGED).on(ticket(CREATOR, ASSIGNEE)).by(OTHER)))
			.hasValue(new Notice("status-changed", List.of(CREATOR.id(), ASSIGNEE.id())));
	}

	@Test
	void thePersonWhoActedIsNeverTold() {
		assertThat(notice(event(EventType.COMMENT_ADDED).on(ticket(CREATOR, ASSIGNEE)).by(CREATOR)))
			.hasValue(new Notice("commented", List.of(ASSIGNEE.id())));
		assertThat(notice(event(EventType.STATUS_CHANGED).on(ticket(CREATOR, ASSIGNEE)).by(ASSIGNEE)))
			.hasValue(new Notice("status-changed", List.of(CREATOR.id())));
		assertThat(notice(event(EventType.COMMENT_ADDED).on(ticket(CREATOR, CREATOR)).by(CREATOR))).isEmpty();
	}

	@Test
	void aCreatorWhoIsAlsoTheAssigneeIsToldOnce() {
		assertThat(notice(event(EventType.STATUS_CHANGED).on(ticket(CREATOR, CREATOR)).by(OTHER)))
			.hasValue(new Notice("status-changed", List.of(CREATOR.id())));
	}

	@Test
	void theSystemIsSomeoneElse() {
		assertThat(notice(event(EventType.STATUS_CHANGED).on(ticket(CREATOR, ASSIGNEE))))
			.hasValue(new Notice("status-changed", List.of(CREATOR.id(), ASSIGNEE.id())));
	}

	@Test
	void aTicketWhoseCreatorWasDeletedStillTellsItsAssignee() {
		assertThat(notice(event(EventType.COMMENT_ADDED).on(ticket(null, ASSIGNEE)).by(OTHER)))
			.hasValue(new Notice("commented", List.of(ASSIGNEE.id())));
	}

	@ParameterizedTest
	@EnumSource(value = EventType.class, names = { "SEVERITY_CHANGED", "REROUTED", "TITLE_CHANGED", "OVERVIEW_CHANGED",
			"COMMENT_DELETED", "DELETED" })
	void otherEventsTellNoOne(EventType type) {
		assertThat(notice(event(type).on(ticket(CREATOR, ASSIGNEE)).by(OTHER))).isEmpty();
	}

	private static Optional<Notice> notice(TicketEventMother event) {
		return Notice.of(event.build());
	}

	private static TicketResponse ticket(UserRef creator, UserRef assignee) {
		return TicketSnapshots.ticket("Title", creator, assignee);
	}

	private static UserRef user(String name) {
		return TicketSnapshots.user(name);
	}

}
