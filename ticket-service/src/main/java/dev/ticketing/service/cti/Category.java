package dev.ticketing.service.cti;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A CTI category: the queue a ticket is in.
 */
@Table("categories")
class Category {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private String name;

	@PersistenceCreator
	Category(UUID id, Integer version, String name) {
		this.id = id;
		this.version = version;
		this.name = name;
	}

	Category(String name) {
		this(UUID.randomUUID(), null, name);
	}

	void rename(String name) {
		this.name = name;
	}

	UUID getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

}
