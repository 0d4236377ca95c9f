package dev.ticketing.notifier.email;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.notifier.email.EmailTemplates.Email;
import dev.ticketing.notifier.notification.EventNotifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Tells the people an event concerns by e-mail (see {@link Notice}), each once. Users
 * without an address, or who turned e-mail off, are skipped. Without an SMTP host
 * ({@code spring.mail.host}) Boot makes no {@link JavaMailSender} and this notifier does
 * nothing. A failed send throws, so the event is retried and finally dead-lettered; the
 * recipients already sent to are not sent to again. Addresses and bodies are logged at
 * DEBUG only.
 */
@Component
@Order(EmailNotifier.ORDER)
class EmailNotifier implements EventNotifier {

	/** After the webhooks, which only schedule their calls. */
	static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

	private final JavaMailSender mailSender;

	private final Recipients recipients;

	private final SentEmails sentEmails;

	private final EmailTemplates templates;

	private final EmailProperties properties;

	private final Counter sent;

	private final Counter failed;

	EmailNotifier(ObjectProvider<JavaMailSender> mailSender, Recipients recipients, SentEmails sentEmails,
			EmailTemplates templates, EmailProperties properties, MeterRegistry meters) {
		this.mailSender = mailSender.getIfAvailable();
		this.recipients = recipients;
		this.sentEmails = sentEmails;
		this.templates = templates;
		this.properties = properties;
		this.sent = Counter.builder("ticketing.email.sent").description("E-mails sent").register(meters);
		this.failed = Counter.builder("ticketing.deliveries.failed")
			.description("Notifications that could not be delivered")
			.tag("channel", "email")
			.register(meters);
		if (this.mailSender == null) {
			log.info("E-mail notifications are off: no SMTP host is configured (spring.mail.host)");
		}
	}

	@Override
	public void notify(TicketEvent event) {
		if (this.mailSender == null) {
			return;
		}
		Notice.of(event).ifPresent((notice) -> notify(notice, event));
	}

	/**
	 * Tries every recipient, so that one refused address does not keep the others from
	 * their e-mail, then throws the first failure.
	 */
	private void notify(Notice notice, TicketEvent event) {
		EmailNotSentException failure = null;
		for (Recipient recipient : this.recipients.find(notice.recipients())) {
			if (!recipient.reachable()) {
				log.debug("No e-mail of event {} to user {}: no address, or e-mail turned off", event.eventId(),
						recipient.id());
				continue;
			}
			try {
				Email email = this.templates.render(notice, event, recipient);
				if (this.sentEmails.sendOnce(event.eventId(), recipient.id(), () -> send(email, recipient, event))) {
					this.sent.increment();
					log.debug("Sent e-mail of event {} to user {}", event.eventId(), recipient.id());
				}
			}
			catch (EmailNotSentException ex) {
				if (failure == null) {
					failure = ex;
				}
				else {
					failure.addSuppressed(ex);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private void send(Email email, Recipient recipient, TicketEvent event) {
		try {
			this.mailSender.send((message) -> {
				MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(this.properties.mail().from());
				helper.setTo(address(recipient));
				helper.setSubject(email.subject());
				helper.setText(email.body());
			});
		}
		catch (MailException ex) {
			this.failed.increment();
			log.debug("E-mail of event {} to user {} <{}> failed", event.eventId(), recipient.id(), recipient.email(),
					ex);
			throw new EmailNotSentException(event.eventId(), recipient.id(), ex);
		}
	}

	private static InternetAddress address(Recipient recipient) throws UnsupportedEncodingException {
		return new InternetAddress(recipient.email(), recipient.displayName(), StandardCharsets.UTF_8.name());
	}

}
