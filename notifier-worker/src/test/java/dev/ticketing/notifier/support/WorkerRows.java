package dev.ticketing.notifier.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.ticketing.contracts.rest.CommentCount;
import dev.ticketing.contracts.rest.NamedRef;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.TicketStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of ticket-service's tables that the worker reads or refers to, written straight
 * into the database with unique names: ticket-service is not running in these tests.
 */
public class WorkerRows {

	private static final AtomicLong SEQUENCE = new AtomicLong(ThreadLocalRandom.current().nextLong(1, 900_000_000));

	private final JdbcClient jdbc;

	private Cti cti;

	WorkerRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet();
	}

	/** An AGENT with an e-mail address, who gets e-mail. */
	public TestUser user(String displayName) {
		String username = unique("user");
		return user(username, displayName, username + "@example.com", true);
	}

	public TestUser user() {
		return user(unique("User"));
	}

	public TestUser userWithoutEmail() {
		return user(unique("user"), unique("No Mail"), null, true);
	}

	/** A user with this address, whatever it is. */
	public TestUser userWithAddress(String email) {
		return user(unique("user"), unique("User"), email, true);
	}

	/** A user who turned e-mail off in their preferences. */
	public TestUser userWithEmailOff() {
		String username = unique("user");
		return user(username, unique("Quiet"), username + "@example.com", false);
	}

	private TestUser user(String username, String displayName, String email, boolean emailNotifications) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into users (id, username, email, display_name, role, email_notifications, version,
				                   created_at, updated_at)
				values (:id, :username, :email, :displayName, 'AGENT', :emailNotifications, 0, now(), now())
				""")
			.param("id", id)
			.param("username", username)
			.param("email", email)
			.param("displayName", displayName)
			.param("emailNotifications", emailNotifications)
			.update();
		return new TestUser(id, username, displayName, email);
	}

	/**
	 * An OPEN ticket of severity 3, as events carry it.
	 * @param createdBy its creator, or {@code null}
	 * @param assignee its assignee, or {@code null}
	 */
	public TicketResponse ticket(String title, TestUser createdBy, TestUser assignee) {
		Cti cti = cti();
		UUID id = UUID.randomUUID();
		String displayId = "V%09d".formatted(SEQUENCE.incrementAndGet() % 1_000_000_000L);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.jdbc.sql("""
				insert into tickets (id, display_id, title, overview, severity, status, category_id, type_id, item_id,
				                     assignee_id, created_by_id, created_at, updated_at, version)
				values (:id, :displayId, :title, '', 3, 'OPEN', :categoryId, :typeId, :itemId,
				        :assigneeId, :createdById, :now, :now, 0)
				""")
			.param("id", id)
			.param("displayId", displayId)
			.param("title", title)
			.param("categoryId", cti.category().id())
			.param("typeId", cti.type().id())
			.param("itemId", cti.item().id())
			.param("assigneeId", (assignee != null) ? assignee.id() : null)
			.param("createdById", (createdBy != null) ? createdBy.id() : null)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return new TicketResponse(id, displayId, title, "", 3, TicketStatus.OPEN, cti.category().id(), cti.type().id(),
				cti.item().id(), (assignee != null) ? assignee.id() : null, (createdBy != null) ? createdBy.id() : null,
				null, now, now, cti.category(), cti.type(), cti.item(), (assignee != null) ? assignee.ref() : null,
				(createdBy != null) ? createdBy.ref() : null, new CommentCount(0));
	}

	public TicketResponse ticket(TestUser createdBy, TestUser assignee) {
		return ticket(unique("Ticket"), createdBy, assignee);
	}

	/** One category, type and item for every ticket of the run. */
	private synchronized Cti cti() {
		if (this.cti == null) {
			NamedRef category = new NamedRef(UUID.randomUUID(), unique("Queue"));
			NamedRef type = new NamedRef(UUID.randomUUID(), unique("Type"));
			NamedRef item = new NamedRef(UUID.randomUUID(), unique("Item"));
			this.jdbc.sql("insert into categories (id, name, version) values (:id, :name, 0)")
				.param("id", category.id())
				.param("name", category.name())
				.update();
			this.jdbc.sql("insert into types (id, category_id, name, version) values (:id, :categoryId, :name, 0)")
				.param("id", type.id())
				.param("categoryId", category.id())
				.param("name", type.name())
				.update();
			this.jdbc.sql("insert into items (id, type_id, name, version) values (:id, :typeId, :name, 0)")
				.param("id", item.id())
				.param("typeId", type.id())
				.param("name", item.name())
				.update();
			this.cti = new Cti(category, type, item);
		}
		return this.cti;
	}

	private record Cti(NamedRef category, NamedRef type, NamedRef item) {

	}

}
