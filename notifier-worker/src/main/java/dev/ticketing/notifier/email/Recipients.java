package dev.ticketing.notifier.email;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks recipients up in ticket-service's users table, which the worker reads but never
 * writes.
 */
@Component
class Recipients {

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Those of these users that still exist, in one query. */
	List<Recipient> find(Collection<UUID> ids) {
		return this.jdbc.sql("""
				select id, display_name, email, email_notifications
				from users
				where id in (:ids)
				""")
			.param("ids", ids)
			.query((row, number) -> new Recipient(row.getObject("id", UUID.class), row.getString("display_name"),
					row.getString("email"), row.getBoolean("email_notifications")))
			.list();
	}

}
