package dev.ticketing.contracts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ticketing.contracts.events.EventType;
import dev.ticketing.contracts.events.Goldens;
import dev.ticketing.contracts.events.TicketEvent;
import dev.ticketing.contracts.rest.UserRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code contracts/asyncapi.yaml} describes what the code does: every event type, the
 * envelope's fields, the exchange and the intake queue; its examples are envelopes the
 * records read.
 */
class AsyncApiTests {

	static final JsonNode DOCUMENT = load(Path.of("asyncapi.yaml"));

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyEventTypeIsAMessagePublishedOnTheEventsExchange(EventType type) {
		String channel = channelWithAddress(type.routingKey());
		assertThat(DOCUMENT.path("channels").path(channel).path("bindings").path("$ref").asString())
			.isEqualTo("#/components/channelBindings/eventsExchange");

		JsonNode message = onlyMessageOf(channel);
		assertThat(message.path("name").asString()).isEqualTo(type.routingKey());
		assertThat(message.path("bindings").path("amqp").path("messageType").asString()).isEqualTo(type.routingKey());
		assertThat(message.path("payload").path("$ref").asString()).isEqualTo("#/components/schemas/TicketEvent");

		assertThat(operationsOn(channel)).singleElement().satisfies((operation) -> {
			assertThat(operation.path("action").asString()).isEqualTo("send");
			assertThat(operation.path("bindings").path("$ref").asString())
				.isEqualTo("#/components/operationBindings/publishEvent");
		});
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyExampleOfAnEventIsAnEnvelopeTheRecordsReadAndWriteBack(EventType type) {
		JsonNode message = onlyMessageOf(channelWithAddress(type.routingKey()));

		assertThat(message.path("examples").isEmpty()).isFalse();
		message.path("examples").valueStream().map((example) -> example.path("payload")).forEach((payload) -> {
			TicketEvent event = Goldens.JSON.treeToValue(payload, TicketEvent.class);
			assertThat(event.type()).isEqualTo(type);
			assertThat(Goldens.written(event)).isEqualTo(payload);
		});
	}

	@Test
	void theEventsExchangeIsADurableTopicExchangeAndEventsArePersistent() {
		JsonNode exchange = DOCUMENT.at("/components/channelBindings/eventsExchange/amqp/exchange");
		assertThat(exchange.path("name").asString()).isEqualTo(Messaging.EVENTS_EXCHANGE);
		assertThat(exchange.path("type").asString()).isEqualTo("topic");
		assertThat(exchange.path("durable").asBoolean()).isTrue();
		assertThat(DOCUMENT.at("/components/operationBindings/publishEvent/amqp/deliveryMode").asInt()).isEqualTo(2);
		assertThat(DOCUMENT.at("/components/messageTraits/ticketEvent/contentType").asString())
			.isEqualTo("application/json");
	}

	@Test
	void theEnvelopeSchemaHasEveryFieldOfTheRecordsAndGoldens() {
		JsonNode schemas = DOCUMENT.at("/components/schemas");
		List<String> envelope = Arrays.stream(TicketEvent.class.getRecordComponents()).map((c) -> c.getName()).toList();
		List<String> ticket = Goldens.of(EventType.CREATED).path("ticket").propertyNames().stream().toList();
		List<String> user = Arrays.stream(UserRef.class.getRecordComponents()).map((c) -> c.getName()).toList();

		assertThat(strings(schemas.at("/TicketEvent/required"))).containsExactlyElementsOf(envelope);
		assertThat(schemas.at("/TicketEvent/properties").propertyNames()).containsExactlyElementsOf(envelope);
		assertThat(strings(schemas.at("/Ticket/required"))).containsExactlyElementsOf(ticket);
		assertThat(schemas.at("/Ticket/properties").propertyNames()).containsExactlyElementsOf(ticket);
		assertThat(strings(schemas.at("/UserRef/required"))).containsExactlyElementsOf(user);
		assertThat(strings(schemas.at("/EventType/enum")))
			.containsExactlyElementsOf(Arrays.stream(EventType.values()).map(EventType::routingKey).toList());
		assertThat(strings(schemas.at("/AuditAction/enum")))
			.containsExactlyElementsOf(Arrays.stream(EventType.values()).map(EventType::action).toList());
	}

	@Test
	void theIntakeQueueTakesTheBodyOfACreateAndRepliesWithTheResult() {
		String channel = channelWithAddress(Messaging.TICKET_CREATE_QUEUE);
		JsonNode binding = DOCUMENT.path("channels").path(channel).path("bindings").path("amqp");
		assertThat(binding.path("is").asString()).isEqualTo("queue");
		assertThat(binding.at("/queue/name").asString()).isEqualTo(Messaging.TICKET_CREATE_QUEUE);
		assertThat(binding.at("/queue/durable").asBoolean()).isTrue();
		assertThat(
				Goldens.JSON.treeToValue(binding.path("x-queue-arguments"), new TypeReference<Map<String, Object>>() {
				}))
			.isEqualTo(Messaging.queueArguments(Messaging.TICKET_CREATE_QUEUE));

		JsonNode operation = operationsOn(channel).get(0);
		assertThat(operation.path("action").asString()).isEqualTo("receive");
		assertThat(operation.at("/reply/address/location").asString()).isEqualTo("$message.header#/reply_to");

		JsonNode message = onlyMessageOf(channel);
		assertThat(message.at("/headers/properties").has(Messaging.IDEMPOTENCY_KEY_HEADER)).isTrue();
		JsonNode request = resolve(message.path("payload"));
		assertThat(request.path("properties").propertyNames()).containsExactly("title", "overview", "severity",
				"categoryId", "typeId", "itemId", "assigneeId");
		assertThat(strings(request.path("required"))).containsExactly("title", "severity", "categoryId", "typeId",
				"itemId");
		assertThat(resolve(request.at("/properties/severity")).path("maximum").asInt()).isEqualTo(5);

		JsonNode result = resolve(resolve(operation.at("/reply/messages/0")).path("payload"));
		assertThat(result.path("oneOf").valueStream().map((option) -> option.at("/properties/ok/const").asBoolean()))
			.containsExactly(true, false);
	}

	@Test
	void invalidIntakeMessagesAreDeadLetteredWithTheReason() {
		String channel = channelWithAddress(Messaging.deadLetterQueue(Messaging.TICKET_CREATE_QUEUE));
		JsonNode message = onlyMessageOf(channel);

		assertThat(strings(message.at("/headers/required"))).containsExactly(Messaging.ERROR_HEADER);
		assertThat(operationsOn(channel)).singleElement()
			.satisfies((operation) -> assertThat(operation.path("action").asString()).isEqualTo("send"));
	}

	@Test
	void everyLocalReferenceResolves() {
		List<String> references = new ArrayList<>();
		collectReferences(DOCUMENT, references);

		assertThat(references).isNotEmpty()
			.allSatisfy((reference) -> assertThat(DOCUMENT.at(reference.substring(1)).isMissingNode()).as(reference)
				.isFalse());
	}

	private static String channelWithAddress(String address) {
		Set<String> channels = DOCUMENT.path("channels")
			.properties()
			.stream()
			.filter((channel) -> channel.getValue().path("address").asString("").equals(address))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(channels).as("channels with address %s", address).hasSize(1);
		return channels.iterator().next();
	}

	private static JsonNode onlyMessageOf(String channel) {
		JsonNode messages = DOCUMENT.path("channels").path(channel).path("messages");
		assertThat(messages.size()).as("messages of channel %s", channel).isOne();
		return resolve(messages.values().iterator().next());
	}

	private static List<JsonNode> operationsOn(String channel) {
		return DOCUMENT.path("operations")
			.valueStream()
			.filter((operation) -> operation.at("/channel/$ref").asString().equals("#/channels/" + channel))
			.toList();
	}

	private static JsonNode resolve(JsonNode node) {
		String reference = node.path("$ref").asString("");
		return reference.startsWith("#/") ? resolve(DOCUMENT.at(reference.substring(1))) : node;
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static void collectReferences(JsonNode node, List<String> references) {
		if (node.isObject() && node.path("$ref").isString()) {
			references.add(node.path("$ref").asString());
		}
		node.values().forEach((child) -> collectReferences(child, references));
	}

	private static JsonNode load(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			return Goldens.JSON.valueToTree(yaml);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file.toAbsolutePath(), ex);
		}
	}

}
