package dev.ticketing.service.audit.web;

import java.util.List;

import dev.ticketing.contracts.rest.AuditEntryResponse;
import dev.ticketing.service.audit.AuditLog;
import dev.ticketing.service.ticket.TicketManagement;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditLogController {

	private final TicketManagement tickets;

	private final AuditLog auditLog;

	AuditLogController(TicketManagement tickets, AuditLog auditLog) {
		this.tickets = tickets;
		this.auditLog = auditLog;
	}

	@GetMapping("/api/tickets/{ticketId}/audit")
	List<AuditEntryResponse> auditLog(@PathVariable String ticketId) {
		return this.auditLog.entries(this.tickets.idOf(ticketId));
	}

}
