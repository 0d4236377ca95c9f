package dev.ticketing.notifier.email;

import java.net.URI;
import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What e-mails say and where they come from. The SMTP server itself is
 * {@code spring.mail.*}; without {@code spring.mail.host} no e-mail is sent.
 *
 * @param webUiUrl where people open the web UI; e-mails link to
 * {@code <webUiUrl>/tickets/<displayId>}
 * @param mail the e-mails themselves
 */
@ConfigurationProperties("ticketing")
public record EmailProperties(@DefaultValue("http://localhost:3080") URI webUiUrl, @DefaultValue Mail mail) {

	/** The link to a ticket in the web UI. */
	public String ticketLink(String displayId) {
		String base = this.webUiUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/tickets/" + displayId;
	}

	/**
	 * @param from the sender of every e-mail, checked at start so that a typo does not
	 * dead-letter every event
	 * @param keepSentFor how long the record of a sent e-mail is kept: a redelivery of
	 * the same event within that time sends nothing again
	 */
	public record Mail(@DefaultValue("ticketing@localhost") String from, @DefaultValue("30d") Duration keepSentFor) {

		public Mail {
			try {
				new InternetAddress(from, true);
			}
			catch (AddressException ex) {
				throw new IllegalArgumentException("ticketing.mail.from is no e-mail address: " + ex.getMessage(), ex);
			}
		}

	}

}
