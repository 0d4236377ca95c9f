package dev.ticketing.notifier.email;

import java.util.Locale;

import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.TicketResponse;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders the subject and body of an e-mail from the plain-text Thymeleaf templates
 * {@code email/<notice>.subject.txt} and {@code email/<notice>.body.txt}. Their
 * variables: {@code recipient}, {@code actor} (who acted, {@code Ticketing} for the
 * system), {@code displayId}, {@code title}, {@code detail} (what changed, as the audit
 * log says it), {@code ticket} (the ticket after the change) and {@code link} (the ticket
 * in the web UI).
 */
@Component
class EmailTemplates {

	private final TemplateEngine engine = new TemplateEngine();

	private final EmailProperties properties;

	EmailTemplates(EmailProperties properties) {
		this.properties = properties;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(getClass().getClassLoader());
		resolver.setPrefix("email/");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		this.engine.setTemplateResolver(resolver);
	}

	Email render(Notice notice, TicketEvent event, Recipient recipient) {
		TicketResponse ticket = event.ticket();
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("recipient", recipient.displayName());
		context.setVariable("actor", (event.actor() != null) ? event.actor().displayName() : "Ticketing");
		context.setVariable("displayId", event.displayId());
		context.setVariable("title", ticket.title());
		context.setVariable("detail", event.detail());
		context.setVariable("ticket", ticket);
		context.setVariable("link", this.properties.ticketLink(event.displayId()));
		String subject = this.engine.process(notice.template() + ".subject.txt", context);
		String body = this.engine.process(notice.template() + ".body.txt", context);
		// a title cannot break the subject into further header lines
		return new Email(subject.replaceAll("\\s+", " ").strip(), body.stripTrailing() + "\n");
	}

	record Email(String subject, String body) {

	}

}
