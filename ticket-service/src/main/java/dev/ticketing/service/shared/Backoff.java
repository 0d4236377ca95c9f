package dev.ticketing.service.shared;

import java.time.Duration;

/**
 * Waits that double after each failure, up to a limit, and start over after a success.
 */
public final class Backoff {

	private final Duration first;

	private final Duration max;

	private Duration next;

	public Backoff(Duration first, Duration max) {
		this.first = first;
		this.max = max;
		this.next = first;
	}

	/** The wait before the next attempt; each call doubles the one after. */
	public Duration next() {
		Duration wait = this.next;
		Duration doubled = this.next.multipliedBy(2);
		this.next = (doubled.compareTo(this.max) <= 0) ? doubled : this.max;
		return wait;
	}

	public void reset() {
		this.next = this.first;
	}

}
