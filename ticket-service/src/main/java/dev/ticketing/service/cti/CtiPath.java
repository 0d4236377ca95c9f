package dev.ticketing.service.cti;

import dev.ticketing.contracts.rest.NamedRef;

/**
 * Where a ticket is routed: a category, one of its types and one of that type's items.
 */
public record CtiPath(NamedRef category, NamedRef type, NamedRef item) {

	/** As the audit log shows it: {@code Category › Type › Item}. */
	public String label() {
		return this.category.name() + " › " + this.type.name() + " › " + this.item.name();
	}

}
