package dev.ticketing.service.ticket;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

import org.springframework.stereotype.Component;

/**
 * Display ids: {@code V} and 9 random digits, so that they reveal nothing about how many
 * tickets exist.
 */
@Component
class DisplayIds {

	private static final int ATTEMPTS = 20;

	private final RandomGenerator random = new SecureRandom();

	private final TicketRepository tickets;

	DisplayIds(TicketRepository tickets) {
		this.tickets = tickets;
	}

	String next() {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String candidate = "V%09d".formatted(this.random.nextInt(1_000_000_000));
			if (!this.tickets.existsByDisplayId(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No free display id after " + ATTEMPTS + " attempts");
	}

	static boolean looksLikeDisplayId(String value) {
		return value != null && value.matches("[Vv][0-9]{9}");
	}

}
