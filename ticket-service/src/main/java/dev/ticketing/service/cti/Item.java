package dev.ticketing.service.cti;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A CTI item within a type: the most specific routing of a ticket.
 */
@Table("items")
class Item {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID typeId;

	private String name;

	@PersistenceCreator
	Item(UUID id, Integer version, UUID typeId, String name) {
		this.id = id;
		this.version = version;
		this.typeId = typeId;
		this.name = name;
	}

	Item(UUID typeId, String name) {
		this(UUID.randomUUID(), null, typeId, name);
	}

	void rename(String name) {
		this.name = name;
	}

	UUID getId() {
		return this.id;
	}

	UUID getTypeId() {
		return this.typeId;
	}

	String getName() {
		return this.name;
	}

}
