package dev.ticketing.notifier.email;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.UserRef;
import dev.ticketing.notifier.email.EmailTemplates.Email;
import dev.ticketing.notifier.support.TicketEventMother;
import dev.ticketing.notifier.support.TicketSnapshots;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTemplatesTests {

	private static final UserRef ADA = TicketSnapshots.user("Ada Lovelace");

	private static final UserRef GRACE = TicketSnapshots.user("Grace Hopper");

	private final EmailTemplates templates = new EmailTemplates(
			new EmailProperties(URI.create("https://tickets.example.com/"),
					new EmailProperties.Mail("ticketing@example.com", Duration.ZERO)));

	private final Recipient grace = new Recipient(GRACE.id(), "Grace Hopper", "grace@example.com", true);

	@Test
	void anAssignmentSaysWhoAssignedWhichTicketWithALink() {
		Email email = render("assigned",
				TicketEventMother.event(EventType.ASSIGNEE_CHANGED)
					.on(ticket("Printer on fire"))
					.by(ADA)
					.detail("Unassigned → Grace Hopper"));

		assertThat(email.subject()).isEqualTo("[V000000042] Assigned to you: Printer on fire");
		assertThat(email.body()).startsWith("Hello Grace Hopper,")
			.contains("Ada Lovelace assigned ticket V000000042 to you")
			.contains("Printer on fire")
			.contains("Severity 2, In Progress")
			.contains("Assignee: Unassigned → Grace Hopper")
			.contains("https://tickets.example.com/tickets/V000000042")
			.contains("turn e-mail notifications off");
	}

	@Test
	void aTicketCreatedForSomeoneHasNoAssigneeChangeLine() {
		Email email = render("assigned",
				TicketEventMother.event(EventType.CREATED).on(ticket("Printer on fire")).by(ADA));

		assertThat(email.body()).doesNotContain("Assignee:").doesNotContain("null");
	}

	@Test
	void aCommentQuotesItsBody() {
		Email email = render("commented",
				TicketEventMother.event(EventType.COMMENT_ADDED)
					.on(ticket("Printer on fire"))
					.by(ADA)
					.detail("Tried turning it off.\nStill burning."));

		assertThat(email.subject()).isEqualTo("[V000000042] New comment from Ada Lovelace: Printer on fire");
		assertThat(email.body()).contains("Ada Lovelace commented on ticket V000000042, Printer on fire:")
			.contains("Tried turning it off.\nStill burning.")
			.contains("https://tickets.example.com/tickets/V000000042");
	}

	@Test
	void aStatusChangeSaysFromWhatToWhatAndTheSystemActsAsTicketing() {
		Email email = render("status-changed",
				TicketEventMother.event(EventType.STATUS_CHANGED)
					.on(ticket("Printer on fire"))
					.detail("Resolved → Closed"));

		assertThat(email.subject()).isEqualTo("[V000000042] Resolved → Closed: Printer on fire");
		assertThat(email.body()).contains("Ticketing changed the status of ticket V000000042, Printer on fire:")
			.contains("Resolved → Closed");
	}

	@Test
	void aTitleCannotAddHeaderLinesToTheSubject() {
		Email email = render("assigned",
				TicketEventMother.event(EventType.CREATED).on(ticket("Printer\r\nBcc: everyone@example.com")).by(ADA));

		assertThat(email.subject()).isEqualTo("[V000000042] Assigned to you: Printer Bcc: everyone@example.com");
	}

	private Email render(String template, TicketEventMother event) {
		return this.templates.render(new Notice(template, List.of(GRACE.id())), event.build(), this.grace);
	}

	private static TicketResponse ticket(String title) {
		return TicketSnapshots.ticket(title, ADA, GRACE);
	}

}
