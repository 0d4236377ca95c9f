package dev.ticketing.service.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.ticketing.contracts.Messaging;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (its name keeps it out of the build): run by {@code bench/event-latency.sh}.
 * Measures how long after an API change returns its event reaches a subscriber, with the
 * service otherwise idle, and prints the figures.
 */
@IntegrationTest
class EventLatencyBenchmark {

	private static final int CHANGES = Integer.getInteger("changes", 200);

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	ConnectionFactory connectionFactory;

	@Test
	void latencyFromCommitToSubscriber() throws Exception {
		Caller agent = this.fixtures.user(Role.AGENT);
		String id = this.fixtures.ticket(agent, ticket(this.fixtures.cti())).path("id").asString();
		Queue queue = new Queue(Fixtures.unique("latency"), false, false, true);
		this.admin.declareQueue(queue);
		this.admin.declareBinding(BindingBuilder.bind(queue)
			.to(new TopicExchange(Messaging.EVENTS_EXCHANGE))
			.with("ticket.severity_changed"));
		BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
		SimpleMessageListenerContainer subscriber = new SimpleMessageListenerContainer(this.connectionFactory);
		subscriber.setQueueNames(queue.getName());
		subscriber.setMessageListener((message) -> arrivals.add(System.nanoTime()));
		subscriber.start();
		try {
			List<Double> sinceRequest = new ArrayList<>();
			List<Double> afterResponse = new ArrayList<>();
			for (int i = 0; i < CHANGES; i++) {
				long sent = System.nanoTime();
				this.api.patch("/api/tickets/" + id, Map.of("severity", 1 + (i % 2)), agent);
				long answered = System.nanoTime();
				Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
				assertThat(arrived).as("event of change " + i).isNotNull();
				sinceRequest.add((arrived - sent) / 1_000_000.0);
				afterResponse.add((arrived - answered) / 1_000_000.0);
				Thread.sleep(20);
			}
			System.out.printf("%nEvent latency (%d changes, one at a time), the commit lies between the two:%n",
					CHANGES);
			report("request sent → event at subscriber", sinceRequest);
			report("response received → event at subscriber", afterResponse);
		}
		finally {
			subscriber.stop();
		}
	}

	private static void report(String what, List<Double> millis) {
		List<Double> sorted = millis.stream().sorted().toList();
		System.out.printf("  %-42s median %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n", what,
				at(sorted, 0.5), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
	}

	private static double at(List<Double> sorted, double quantile) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.round(quantile * (sorted.size() - 1))));
	}

}
