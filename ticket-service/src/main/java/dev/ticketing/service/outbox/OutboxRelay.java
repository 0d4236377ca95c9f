package dev.ticketing.service.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import dev.ticketing.service.outbox.OutboxRows.OutboxRow;
import dev.ticketing.service.shared.Backoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to the broker: woken by each commit that recorded events, and on
 * a short poll for whatever an earlier attempt, a crash or another instance left behind.
 * A row counts as sent only once the broker confirmed it; while the broker is unreachable
 * rows wait and the relay backs off. See {@code docs/adr/0001-outbox-relay.md}.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRows rows;

	private final EventPublisher publisher;

	private final TransactionTemplate transactions;

	private final OutboxProperties properties;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition wakeUp = this.lock.newCondition();

	private boolean woken;

	private volatile Thread worker;

	private boolean failing;

	OutboxRelay(OutboxRows rows, EventPublisher publisher, TransactionTemplate transactions,
			OutboxProperties properties, Clock clock) {
		this.rows = rows;
		this.publisher = publisher;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Asks the relay to look for new rows now rather than at the next poll. */
	void wake() {
		this.lock.lock();
		try {
			this.woken = true;
			this.wakeUp.signal();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Claims and publishes one batch in one transaction.
	 * @return whether a full batch went out, so more may be waiting
	 */
	boolean relayBatch() {
		Boolean full = this.transactions.execute((status) -> {
			List<OutboxRow> batch = this.rows.claim(this.properties.batchSize());
			if (batch.isEmpty()) {
				return false;
			}
			List<Long> sent = this.publisher.publish(batch, this.properties.confirmTimeout());
			this.rows.markSent(sent);
			return sent.size() == this.properties.batchSize();
		});
		return Boolean.TRUE.equals(full);
	}

	@Scheduled(fixedDelayString = "${ticketing.outbox.prune-interval:1h}", initialDelayString = "1m")
	void pruneSentEvents() {
		int pruned = this.rows.pruneSentBefore(this.clock.instant().minus(this.properties.retention()));
		if (pruned > 0) {
			log.info("Pruned {} sent events older than {}", pruned, this.properties.retention());
		}
	}

	private void run() {
		Backoff backoff = new Backoff(this.properties.pollInterval().multipliedBy(2), this.properties.maxBackoff());
		while (this.worker == Thread.currentThread()) {
			Duration wait = this.properties.pollInterval();
			try {
				while (relayBatch()) {
					// a full batch: there may be more
				}
				recovered();
				backoff.reset();
			}
			catch (RuntimeException ex) {
				failed(ex);
				wait = backoff.next();
			}
			await(wait);
		}
	}

	private void await(Duration timeout) {
		this.lock.lock();
		try {
			if (!this.woken) {
				this.wakeUp.awaitNanos(timeout.toNanos());
			}
			this.woken = false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.worker = null;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void failed(RuntimeException ex) {
		if (!this.failing) {
			log.warn("Cannot publish events, they wait in the outbox: {}", ex.getMessage());
			this.failing = true;
		}
	}

	private void recovered() {
		if (this.failing) {
			log.info("Publishing events again");
			this.failing = false;
		}
	}

	@Override
	public void start() {
		if (this.properties.relayEnabled() && this.worker == null) {
			Thread thread = new Thread(this::run, "outbox-relay");
			thread.setDaemon(true);
			this.worker = thread;
			thread.start();
		}
	}

	@Override
	public void stop() {
		Thread thread = this.worker;
		this.worker = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

}
