package dev.ticketing.service.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Bodies of {@code POST /api/tickets}: a valid ticket in the given CTI path, changed only
 * where a test says.
 */
public final class TicketMother {

	private final Map<String, Object> body = new LinkedHashMap<>();

	private TicketMother(Fixtures.Cti cti) {
		this.body.put("title", Fixtures.unique("Printer on fire"));
		this.body.put("overview", "Smoke from **tray 2**");
		this.body.put("severity", 3);
		this.body.put("categoryId", cti.categoryId());
		this.body.put("typeId", cti.typeId());
		this.body.put("itemId", cti.itemId());
	}

	public static TicketMother ticket(Fixtures.Cti cti) {
		return new TicketMother(cti);
	}

	public TicketMother titled(String title) {
		return with("title", title);
	}

	public TicketMother overview(String overview) {
		return with("overview", overview);
	}

	public TicketMother severity(int severity) {
		return with("severity", severity);
	}

	public TicketMother assignedTo(UUID assigneeId) {
		return with("assigneeId", assigneeId);
	}

	public TicketMother with(String field, Object value) {
		this.body.put(field, value);
		return this;
	}

	public TicketMother without(String field) {
		this.body.remove(field);
		return this;
	}

	public Map<String, Object> body() {
		return new LinkedHashMap<>(this.body);
	}

}
