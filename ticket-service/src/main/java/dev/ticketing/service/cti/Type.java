package dev.ticketing.service.cti;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A CTI type within a category.
 */
@Table("types")
class Type {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID categoryId;

	private String name;

	@PersistenceCreator
	Type(UUID id, Integer version, UUID categoryId, String name) {
		this.id = id;
		this.version = version;
		this.categoryId = categoryId;
		this.name = name;
	}

	Type(UUID categoryId, String name) {
		this(UUID.randomUUID(), null, categoryId, name);
	}

	void rename(String name) {
		this.name = name;
	}

	UUID getId() {
		return this.id;
	}

	UUID getCategoryId() {
		return this.categoryId;
	}

	String getName() {
		return this.name;
	}

}
