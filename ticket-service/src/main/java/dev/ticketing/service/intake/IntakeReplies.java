package dev.ticketing.service.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers an intake message that asked for it with {@code reply_to}: {@code {ok, id,
 * displayId}} or {@code {ok: false, errors}}, with its {@code correlation_id}.
 */
@Component
class IntakeReplies {

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	IntakeReplies(RabbitTemplate rabbit, JsonMapper json) {
		this.rabbit = rabbit;
		this.json = json;
	}

	void created(Message request, Object id, String displayId) {
		reply(request, Map.of("ok", true, "id", id, "displayId", displayId));
	}

	void rejected(Message request, List<Map<String, String>> errors) {
		reply(request, Map.of("ok", false, "errors", errors));
	}

	private void reply(Message request, Map<String, Object> body) {
		MessageProperties properties = request.getMessageProperties();
		if (properties.getReplyTo() == null || properties.getReplyTo().isBlank()) {
			return;
		}
		Message reply = MessageBuilder.withBody(this.json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setCorrelationId(properties.getCorrelationId())
			.build();
		this.rabbit.send("", properties.getReplyTo(), reply);
	}

}
