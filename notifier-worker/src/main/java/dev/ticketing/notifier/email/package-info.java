/**
 * E-mail to the people a ticket event concerns, sent once per recipient and event.
 */
package dev.ticketing.notifier.email;
