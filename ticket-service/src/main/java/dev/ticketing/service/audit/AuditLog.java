package dev.ticketing.service.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.ticketing.contracts.rest.AuditEntryResponse;
import dev.ticketing.contracts.rest.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log as the API reads it. notifier-worker writes it from the events; an entry
 * shows the actor's current names, or the names it kept once that account is gone.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The entries of one ticket, newest first. */
	public List<AuditEntryResponse> entries(UUID ticketId) {
		return this.jdbc.sql("""
				select a.id, a.action, a.detail, a.created_at, a.user_id,
				       coalesce(u.username, a.user_username) as username,
				       coalesce(u.display_name, a.user_display_name) as display_name
				from audit_log a left join users u on u.id = a.user_id
				where a.ticket_id = :ticketId
				order by a.created_at desc, a.seq desc
				""").param("ticketId", ticketId).query((rs, row) -> {
			UUID userId = rs.getObject("user_id", UUID.class);
			UserRef user = (userId != null)
					? new UserRef(userId, rs.getString("username"), rs.getString("display_name")) : null;
			return new AuditEntryResponse(rs.getObject("id", UUID.class), rs.getString("action"),
					rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), user);
		}).list();
	}

}
