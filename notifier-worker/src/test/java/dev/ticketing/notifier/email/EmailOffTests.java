package dev.ticketing.notifier.email;

import java.net.URI;
import java.time.Duration;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.notifier.support.TicketEventMother;
import dev.ticketing.notifier.support.TicketSnapshots;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Without {@code spring.mail.host} Boot makes no mail sender, and the notifier sends
 * nothing, looks nothing up and says so once.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmailOffTests {

	private static final String OFF = "E-mail notifications are off: no SMTP host is configured";

	private final Recipients recipients = mock(Recipients.class);

	private final SentEmails sentEmails = mock(SentEmails.class);

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withBean(Recipients.class, () -> this.recipients)
		.withBean(SentEmails.class, () -> this.sentEmails)
		.withBean(EmailProperties.class,
				() -> new EmailProperties(URI.create("http://localhost:3080"),
						new EmailProperties.Mail("ticketing@localhost", Duration.ofDays(30))))
		.withBean(EmailTemplates.class)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withBean(EmailNotifier.class);

	/** Integration tests of the same run may have set the level to WARN. */
	@BeforeEach
	void logInfo() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(EmailNotifier.class.getName(), LogLevel.INFO);
	}

	@AfterEach
	void inheritLogLevel() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(EmailNotifier.class.getName(), null);
	}

	@Test
	void withoutAnSmtpHostNothingIsSentAndTheNotifierSaysSoOnce(CapturedOutput output) {
		this.contexts.run((context) -> {
			assertThat(context).doesNotHaveBean(JavaMailSender.class);
			EmailNotifier notifier = context.getBean(EmailNotifier.class);
			var ticket = TicketSnapshots.ticket("Title", TicketSnapshots.user("Ada"), TicketSnapshots.user("Grace"));

			notifier.notify(TicketEventMother.event(EventType.ASSIGNEE_CHANGED).on(ticket).build());
			notifier.notify(TicketEventMother.event(EventType.COMMENT_ADDED).on(ticket).detail("Hello").build());

			verifyNoInteractions(this.recipients, this.sentEmails);
			assertThat(context.getBean(MeterRegistry.class).get("ticketing.email.sent").counter().count()).isZero();
		});
		assertThat(output.getOut().split(OFF, -1)).hasSize(2);
	}

	@Test
	void withAnSmtpHostTheNotifierDoesNotSayItIsOff(CapturedOutput output) {
		this.contexts.withPropertyValues("spring.mail.host=127.0.0.1").run((context) -> {
			assertThat(context).hasSingleBean(JavaMailSender.class).hasSingleBean(EmailNotifier.class);
		});
		assertThat(output.getOut()).doesNotContain(OFF);
	}

}
