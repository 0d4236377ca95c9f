package dev.ticketing.service.shared;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an id of a PATCH body that may be cleared: a missing field becomes {@code null}
 * (leave it), an explicit {@code null} becomes {@link Optional#empty()} (clear it).
 * Jackson alone reads both as empty.
 */
public class ClearableId extends ValueDeserializer<Optional<UUID>> {

	@Override
	public Optional<UUID> deserialize(JsonParser parser, DeserializationContext context) {
		return Optional.of(context.readValue(parser, UUID.class));
	}

	@Override
	public Optional<UUID> getNullValue(DeserializationContext context) {
		return Optional.empty();
	}

	@Override
	public Object getAbsentValue(DeserializationContext context) {
		return null;
	}

}
