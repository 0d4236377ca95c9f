package dev.ticketing.notifier.email;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.notifier.support.Events;
import dev.ticketing.notifier.support.HandledEvents;
import dev.ticketing.notifier.support.TestUser;
import dev.ticketing.notifier.support.WorkerIntegrationTest;
import dev.ticketing.notifier.support.WorkerRows;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.ticketing.notifier.support.TicketEventMother.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events published to {@code ticketing.events}, e-mails received by GreenMail. Every test
 * has its own users, so it reads only the e-mails sent to them.
 */
@WorkerIntegrationTest
class EmailNotificationIntegrationTests {

	@Autowired
	Events events;

	@Autowired
	HandledEvents handled;

	@Autowired
	WorkerRows rows;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	MeterRegistry meters;

	TestUser creator;

	TestUser assignee;

	TestUser agent;

	@BeforeEach
	void setUp() {
		this.creator = this.rows.user(WorkerRows.unique("Creator"));
		this.assignee = this.rows.user(WorkerRows.unique("Assignee"));
		this.agent = this.rows.user(WorkerRows.unique("Agent"));
	}

	@Test
	void theAssigneeIsToldWhenSomeoneElseAssignsThemATicket() throws Exception {
		TicketResponse ticket = this.rows.ticket("Printer on fire", this.creator, this.assignee);

		handle(event(EventType.ASSIGNEE_CHANGED).on(ticket)
			.by(this.agent.ref())
			.detail("Unassigned → " + this.assignee.displayName())
			.change("assigneeId", null, this.assignee.id())
			.build());

		MimeMessage email = single(this.assignee);
		assertThat(email.getFrom()).extracting((address) -> ((InternetAddress) address).getAddress())
			.containsExactly("ticketing@localhost");
		assertThat(((InternetAddress) email.getRecipients(RecipientType.TO)[0]).getPersonal())
			.isEqualTo(this.assignee.displayName());
		assertThat(email.getSubject()).isEqualTo("[" + ticket.displayId() + "] Assigned to you: Printer on fire");
		assertThat(body(email)).startsWith("Hello " + this.assignee.displayName() + ",")
			.contains(this.agent.displayName() + " assigned ticket " + ticket.displayId() + " to you")
			.contains("Assignee: Unassigned → " + this.assignee.displayName())
			.contains("http://localhost:3080/tickets/" + ticket.displayId());
		assertThat(emailsTo(this.creator)).isEmpty();
		assertThat(emailsTo(this.agent)).isEmpty();
	}

	@Test
	void aTicketCreatedWithAnAssigneeTellsTheAssigneeButNotItsCreator() throws Exception {
		TicketResponse ticket = this.rows.ticket(this.creator, this.assignee);

		handle(event(EventType.CREATED).on(ticket).by(this.creator.ref()).build());

		assertThat(single(this.assignee).getSubject()).contains("Assigned to you: " + ticket.title());
		assertThat(emailsTo(this.creator)).isEmpty();
	}

	@Test
	void aCommentTellsCreatorAndAssigneeButNotItsAuthor() throws Exception {
		TicketResponse ticket = this.rows.ticket(this.creator, this.assignee);

		handle(event(EventType.COMMENT_ADDED).on(ticket)
			.by(this.assignee.ref())
			.detail("Replaced the toner.\nPlease try again.")
			.build());

		MimeMessage email = single(this.creator);
		assertThat(email.getSubject()).isEqualTo(
				"[" + ticket.displayId() + "] New comment from " + this.assignee.displayName() + ": " + ticket.title());
		assertThat(body(email)).contains("Replaced the toner.\nPlease try again.")
			.contains("http://localhost:3080/tickets/" + ticket.displayId());
		assertThat(emailsTo(this.assignee)).isEmpty();
	}

	@Test
	void aStatusChangeBySomeoneElseTellsCreatorAndAssigneeOnceEach() throws Exception {
		TicketResponse ticket = this.rows.ticket(this.creator, this.assignee);
		double sentBefore = this.meters.get("ticketing.email.sent").counter().count();

		TicketEvent changed = handle(
				event(EventType.STATUS_CHANGED).on(ticket).by(this.agent.ref()).detail("Open → In Progress").build());

		for (TestUser told : List.of(this.creator, this.assignee)) {
			MimeMessage email = single(told);
			assertThat(email.getSubject())
				.isEqualTo("[" + ticket.displayId() + "] Open → In Progress: " + ticket.title());
			assertThat(body(email)).contains(this.agent.displayName() + " changed the status")
				.contains("Open → In Progress");
		}
		assertThat(emailsTo(this.agent)).isEmpty();
		assertThat(this.meters.get("ticketing.email.sent").counter().count()).isEqualTo(sentBefore + 2);
		assertThat(sentRecords(changed)).isEqualTo(2);
	}

	@Test
	void theSystemClosingATicketTellsCreatorAndAssignee() throws Exception {
		TicketResponse ticket = this.rows.ticket(this.creator, this.assignee);

		handle(event(EventType.STATUS_CHANGED).on(ticket).detail("Resolved → Closed").build());

		assertThat(body(single(this.creator))).contains("Ticketing changed the status");
		assertThat(emailsTo(this.assignee)).hasSize(1);
	}

	@Test
	void noOneIsToldOfTheirOwnChanges() {
		TicketResponse own = this.rows.ticket(this.agent, this.agent);

		handle(event(EventType.STATUS_CHANGED).on(own).by(this.agent.ref()).detail("Open → In Progress").build());
		handle(event(EventType.COMMENT_ADDED).on(own).by(this.agent.ref()).detail("Note to self").build());
		handle(event(EventType.ASSIGNEE_CHANGED).on(own).by(this.agent.ref()).detail("Unassigned → Me").build());

		assertThat(emailsTo(this.agent)).isEmpty();
	}

	@Test
	void usersWithoutAnAddressAreSkipped() throws Exception {
		TestUser withoutEmail = this.rows.userWithoutEmail();
		TicketResponse ticket = this.rows.ticket(withoutEmail, this.assignee);

		TicketEvent commented = handle(
				event(EventType.COMMENT_ADDED).on(ticket).by(this.agent.ref()).detail("Any news?").build());

		assertThat(single(this.assignee).getSubject()).contains("New comment");
		assertThat(sentRecords(commented)).isOne();
	}

	@Test
	void usersWhoTurnedEmailOffAreSkipped() throws Exception {
		TestUser quiet = this.rows.userWithEmailOff();
		TicketResponse ticket = this.rows.ticket(quiet, this.assignee);

		handle(event(EventType.STATUS_CHANGED).on(ticket).by(this.agent.ref()).detail("Open → Resolved").build());
		TicketEvent assigned = handle(event(EventType.ASSIGNEE_CHANGED).on(this.rows.ticket(this.creator, quiet))
			.by(this.agent.ref())
			.detail("Unassigned → " + quiet.displayName())
			.build());

		assertThat(emailsTo(quiet)).isEmpty();
		assertThat(emailsTo(this.assignee)).hasSize(1);
		assertThat(sentRecords(assigned)).isZero();
	}

	@Test
	void aRedeliveredEventSendsNothingAgain() throws Exception {
		TicketResponse ticket = this.rows.ticket(this.creator, this.assignee);
		TicketEvent commented = event(EventType.COMMENT_ADDED).on(ticket)
			.by(this.agent.ref())
			.detail("Once only")
			.build();

		this.events.publish(commented);
		this.events.publish(commented);
		this.handled.awaitHandled(commented, 2);
		this.events.publish(commented);
		this.handled.awaitHandled(commented, 3);

		assertThat(emailsTo(this.creator)).hasSize(1);
		assertThat(emailsTo(this.assignee)).hasSize(1);
		assertThat(sentRecords(commented)).isEqualTo(2);
	}

	@Test
	void otherEventsTellNoOne() {
		TicketResponse ticket = this.rows.ticket(this.creator, this.assignee);
		TicketResponse unassigned = this.rows.ticket(this.creator, null);

		handle(event(EventType.SEVERITY_CHANGED).on(ticket).by(this.agent.ref()).detail("SEV 3 → SEV 1").build());
		handle(event(EventType.REROUTED).on(ticket).by(this.agent.ref()).detail("A › B › C → D › E › F").build());
		handle(event(EventType.TITLE_CHANGED).on(ticket).by(this.agent.ref()).detail("New title").build());
		handle(event(EventType.OVERVIEW_CHANGED).on(ticket).by(this.agent.ref()).build());
		handle(event(EventType.COMMENT_DELETED).on(ticket).by(this.agent.ref()).detail("Old comment").build());
		handle(event(EventType.DELETED).on(ticket).by(this.agent.ref()).build());
		handle(event(EventType.ASSIGNEE_CHANGED).on(unassigned)
			.by(this.agent.ref())
			.detail(this.assignee.displayName() + " → Unassigned")
			.build());

		assertThat(emailsTo(this.creator)).isEmpty();
		assertThat(emailsTo(this.assignee)).isEmpty();
	}

	@Test
	void aRefusedAddressIsRetriedThenDeadLetteredWithoutKeepingTheOthersFromTheirEmail() throws Exception {
		TestUser misspelt = this.rows.userWithAddress("mis spelt@example.com");
		TicketResponse ticket = this.rows.ticket(misspelt, this.assignee);
		double failedBefore = failedDeliveries();
		TicketEvent commented = event(EventType.COMMENT_ADDED).on(ticket)
			.by(this.agent.ref())
			.detail("Anyone?")
			.build();

		this.events.publish(commented);

		Message deadLetter = deadLetterOf(commented);
		assertThat(deadLetter.getMessageProperties().<String>getHeader(Messaging.ERROR_HEADER))
			.contains("EmailNotSentException", "AddressException")
			.contains(misspelt.id().toString())
			.doesNotContain("spelt@example.com");
		assertThat(emailsTo(this.assignee)).hasSize(1);
		assertThat(sentRecords(commented)).isOne();
		assertThat(failedDeliveries()).isEqualTo(failedBefore + 3);
	}

	private TicketEvent handle(TicketEvent event) {
		this.events.publish(event);
		this.handled.awaitHandled(event);
		return event;
	}

	private List<MimeMessage> emailsTo(TestUser user) {
		return Arrays.stream(this.greenMail.getReceivedMessages()).filter((email) -> {
			try {
				return Arrays.stream(email.getAllRecipients())
					.anyMatch((address) -> ((InternetAddress) address).getAddress().equalsIgnoreCase(user.email()));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private MimeMessage single(TestUser user) {
		List<MimeMessage> emails = emailsTo(user);
		assertThat(emails).as("e-mails to " + user.displayName()).hasSize(1);
		return emails.get(0);
	}

	private static String body(MimeMessage email) throws Exception {
		return ((String) email.getContent()).replace("\r\n", "\n");
	}

	private int sentRecords(TicketEvent event) {
		return this.jdbc.sql("select count(*) from email_notifications_sent where event_id = :eventId")
			.param("eventId", event.eventId())
			.query(Integer.class)
			.single();
	}

	private double failedDeliveries() {
		return this.meters.get("ticketing.deliveries.failed").tag("channel", "email").counter().count();
	}

	private Message deadLetterOf(TicketEvent event) {
		String deadLetters = Messaging.deadLetterQueue(Messaging.NOTIFICATIONS_QUEUE);
		Message[] found = new Message[1];
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			Message message = this.rabbit.receive(deadLetters, 500);
			if (message != null && event.eventId().toString().equals(message.getMessageProperties().getMessageId())) {
				found[0] = message;
			}
			return found[0] != null;
		});
		return found[0];
	}

}
