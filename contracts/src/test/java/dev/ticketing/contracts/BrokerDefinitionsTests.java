package dev.ticketing.contracts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose broker's {@code rabbitmq/definitions.json} declares the queues with the
 * arguments the applications declare them with: a broker refuses a declaration whose
 * arguments differ from the existing queue's, so a drift would stop the applications.
 */
class BrokerDefinitionsTests {

	static final List<String> QUEUES = List.of(Messaging.AUDIT_QUEUE, Messaging.NOTIFICATIONS_QUEUE,
			Messaging.TICKET_CREATE_QUEUE);

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final JsonNode DEFINITIONS = JSON.readTree(Path.of("../rabbitmq/definitions.json").toFile());

	@ParameterizedTest
	@FieldSource("QUEUES")
	void eachQueueHasTheArgumentsTheApplicationsDeclare(String queue) {
		JsonNode declared = queue(queue);

		assertThat(arguments(declared)).isEqualTo(Messaging.queueArguments(queue));
		assertDurable(declared);
	}

	@ParameterizedTest
	@FieldSource("QUEUES")
	void eachQueueHasADeadLetterQueueBoundToTheDeadLetterExchange(String queue) {
		String deadLetters = Messaging.deadLetterQueue(queue);
		JsonNode declared = queue(deadLetters);

		assertThat(arguments(declared)).isEqualTo(Messaging.deadLetterQueueArguments());
		assertDurable(declared);
		assertThat(bindingsTo(deadLetters)).containsExactly(Messaging.DEAD_LETTER_EXCHANGE + " " + deadLetters);
	}

	@Test
	void declaresNoOtherQueue() {
		assertThat(DEFINITIONS.path("queues").valueStream().map((queue) -> queue.path("name").asString()))
			.containsExactlyInAnyOrderElementsOf(
					QUEUES.stream().flatMap((queue) -> Stream.of(queue, Messaging.deadLetterQueue(queue))).toList());
	}

	@Test
	void declaresTheEventsTopicAndTheDeadLetterExchange() {
		assertThat(DEFINITIONS.path("exchanges")
			.valueStream()
			.map((exchange) -> exchange.path("name").asString() + " " + exchange.path("type").asString() + " "
					+ exchange.path("durable").asBoolean() + " " + exchange.path("auto_delete").asBoolean()))
			.containsExactlyInAnyOrder(Messaging.EVENTS_EXCHANGE + " topic true false",
					Messaging.DEAD_LETTER_EXCHANGE + " direct true false");
	}

	@Test
	void theWorkerQueuesReceiveEveryTicketEvent() {
		assertThat(bindingsTo(Messaging.AUDIT_QUEUE)).containsExactly(Messaging.EVENTS_EXCHANGE + " ticket.#");
		assertThat(bindingsTo(Messaging.NOTIFICATIONS_QUEUE)).containsExactly(Messaging.EVENTS_EXCHANGE + " ticket.#");
		assertThat(bindingsTo(Messaging.TICKET_CREATE_QUEUE)).isEmpty();
	}

	@Test
	void definesNoUserSoTheComposeUserIsNeitherReplacedNorReset() {
		assertThat(DEFINITIONS.has("users")).isFalse();
		assertThat(DEFINITIONS.has("permissions")).isFalse();
	}

	@Test
	void everythingLivesInTheDefaultVirtualHost() {
		assertThat(DEFINITIONS.path("vhosts").valueStream().map((vhost) -> vhost.path("name").asString()))
			.containsExactly("/");
		Stream.of("queues", "exchanges", "bindings")
			.flatMap((kind) -> DEFINITIONS.path(kind).valueStream())
			.forEach((definition) -> assertThat(definition.path("vhost").asString()).isEqualTo("/"));
	}

	private static JsonNode queue(String name) {
		return DEFINITIONS.path("queues")
			.valueStream()
			.filter((queue) -> queue.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No queue " + name + " in definitions.json"));
	}

	private static Map<String, Object> arguments(JsonNode queue) {
		return JSON.treeToValue(queue.path("arguments"), new TypeReference<Map<String, Object>>() {
		});
	}

	private static void assertDurable(JsonNode queue) {
		assertThat(queue.path("durable").asBoolean()).isTrue();
		assertThat(queue.path("auto_delete").asBoolean()).isFalse();
	}

	private static List<String> bindingsTo(String queue) {
		return DEFINITIONS.path("bindings")
			.valueStream()
			.filter((binding) -> binding.path("destination_type").asString().equals("queue")
					&& binding.path("destination").asString().equals(queue))
			.map((binding) -> binding.path("source").asString() + " " + binding.path("routing_key").asString())
			.toList();
	}

}
