package dev.ticketing.service.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ticket-service sends a test event. Short, so an admin waiting on "send test event"
 * hears back quickly even from a receiver that hangs.
 *
 * @param connectTimeout how long to wait for the receiver to accept the connection
 * @param readTimeout how long to wait for the receiver's answer once connected
 */
@ConfigurationProperties("ticketing.webhooks")
record WebhookProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

}
