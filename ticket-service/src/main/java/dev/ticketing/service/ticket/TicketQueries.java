package dev.ticketing.service.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.ticketing.contracts.rest.CommentCount;
import dev.ticketing.contracts.rest.CommentResponse;
import dev.ticketing.contracts.rest.NamedRef;
import dev.ticketing.contracts.rest.TicketResponse;
import dev.ticketing.contracts.rest.TicketStatus;
import dev.ticketing.contracts.rest.UserRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets as the API shows them, each with its CTI names, people and comment count, read
 * in one statement however many tickets a page holds.
 */
@Component
class TicketQueries {

	private static final String SELECT = """
			select t.id, t.display_id, t.title, t.overview, t.severity, t.status,
			       t.category_id, c.name as category_name, t.type_id, ty.name as type_name, t.item_id, i.name as item_name,
			       t.assignee_id, a.username as assignee_username, a.display_name as assignee_display_name,
			       t.created_by_id, cb.username as created_by_username, cb.display_name as created_by_display_name,
			       (select count(*) from comments cm where cm.ticket_id = t.id) as comment_count,
			       t.resolved_at, t.created_at, t.updated_at
			from tickets t
			join categories c on c.id = t.category_id
			join types ty on ty.id = t.type_id
			join items i on i.id = t.item_id
			left join users a on a.id = t.assignee_id
			left join users cb on cb.id = t.created_by_id
			""";

	private static final String ORDER = "order by t.severity, t.created_at desc, t.id desc";

	/**
	 * The same order, in a form no index provides: PostgreSQL cannot estimate how many
	 * tickets a prefix search matches, and when it guesses many it walks the list index
	 * testing every ticket (seconds at a million tickets for a rare word). Sorting the
	 * matches found by the GIN index is fast for rare words and bounded for common ones.
	 */
	private static final String SEARCH_ORDER = "order by t.severity + 0, t.created_at desc, t.id desc";

	private final JdbcClient jdbc;

	TicketQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TicketResponse> list(TicketFilter filter, int limit, long offset) {
		return filtered(SELECT, filter,
				((filter.search() != null) ? SEARCH_ORDER : ORDER) + " limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(TicketQueries::ticket)
			.list();
	}

	long count(TicketFilter filter) {
		return filtered("select count(*) from tickets t ", filter, "").query(Long.class).single();
	}

	Optional<TicketResponse> find(UUID id) {
		return this.jdbc.sql(SELECT + "where t.id = :id").param("id", id).query(TicketQueries::ticket).optional();
	}

	/**
	 * The internal id of a ticket, found by its display id or checked to exist, without
	 * loading the ticket.
	 */
	Optional<UUID> idByDisplayId(String displayId) {
		return this.jdbc.sql("select id from tickets where display_id = :displayId")
			.param("displayId", displayId)
			.query(UUID.class)
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("select exists (select 1 from tickets where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	Optional<TicketResponse> findByDisplayId(String displayId) {
		return this.jdbc.sql(SELECT + "where t.display_id = :displayId")
			.param("displayId", displayId)
			.query(TicketQueries::ticket)
			.optional();
	}

	/**
	 * Keyset pages over the partial index {@code tickets_resolved_at_idx}: each page
	 * costs the same however many tickets are due, and tickets closed meanwhile do not
	 * shift it.
	 */
	List<ResolvedTicket> resolvedBefore(Instant resolvedBefore, ResolvedTicket after, int limit) {
		String sql = """
				select id, resolved_at from tickets
				where status = 'RESOLVED' and resolved_at < :resolvedBefore
				""";
		Map<String, Object> params = new HashMap<>();
		params.put("resolvedBefore", resolvedBefore.atOffset(ZoneOffset.UTC));
		params.put("limit", limit);
		if (after != null) {
			sql += "and resolved_at >= :afterAt and (resolved_at > :afterAt or id > :afterId)\n";
			params.put("afterAt", after.resolvedAt().atOffset(ZoneOffset.UTC));
			params.put("afterId", after.id());
		}
		return this.jdbc.sql(sql + "order by resolved_at, id limit :limit")
			.params(params)
			.query((rs, row) -> new ResolvedTicket(rs.getObject("id", UUID.class), instant(rs, "resolved_at")))
			.list();
	}

	List<CommentResponse> comments(UUID ticketId) {
		return this.jdbc.sql("""
				select cm.id, cm.ticket_id, cm.body, cm.author_id, u.username, u.display_name, cm.created_at
				from comments cm left join users u on u.id = cm.author_id
				where cm.ticket_id = :ticketId
				order by cm.created_at, cm.id
				""").param("ticketId", ticketId).query((rs, row) -> {
			UUID authorId = rs.getObject("author_id", UUID.class);
			UserRef author = (authorId != null)
					? new UserRef(authorId, rs.getString("username"), rs.getString("display_name")) : null;
			return new CommentResponse(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
					rs.getString("body"), authorId, author, instant(rs, "created_at"));
		}).list();
	}

	/**
	 * Only the filters in use become conditions, so that PostgreSQL plans each
	 * combination with its index.
	 */
	private JdbcClient.StatementSpec filtered(String select, TicketFilter filter, String suffix) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null) {
			conditions.add("t.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.severity() != null) {
			conditions.add("t.severity = :severity");
			params.put("severity", filter.severity().shortValue());
		}
		if (filter.categoryId() != null) {
			conditions.add("t.category_id = :categoryId");
			params.put("categoryId", filter.categoryId());
		}
		if (filter.assigneeId() != null) {
			conditions.add("t.assignee_id = :assigneeId");
			params.put("assigneeId", filter.assigneeId());
		}
		if (filter.search() != null) {
			conditions.add(searchCondition(filter, params));
		}
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + " ";
		return this.jdbc.sql(select + where + suffix).params(params);
	}

	private static String searchCondition(TicketFilter filter, Map<String, Object> params) {
		List<String> matches = new ArrayList<>();
		if (!filter.searchQuery().isEmpty()) {
			matches.add("t.search @@ to_tsquery('simple', :searchQuery)");
			params.put("searchQuery", filter.searchQuery());
		}
		if (filter.searchedDisplayId() != null) {
			matches.add("t.display_id = :displayId");
			params.put("displayId", filter.searchedDisplayId());
		}
		return matches.isEmpty() ? "false" : "(" + String.join(" or ", matches) + ")";
	}

	private static TicketResponse ticket(ResultSet rs, int row) throws SQLException {
		UUID assigneeId = rs.getObject("assignee_id", UUID.class);
		UUID createdById = rs.getObject("created_by_id", UUID.class);
		UUID categoryId = rs.getObject("category_id", UUID.class);
		UUID typeId = rs.getObject("type_id", UUID.class);
		UUID itemId = rs.getObject("item_id", UUID.class);
		return new TicketResponse(rs.getObject("id", UUID.class), rs.getString("display_id"), rs.getString("title"),
				rs.getString("overview"), rs.getInt("severity"), TicketStatus.valueOf(rs.getString("status")),
				categoryId, typeId, itemId, assigneeId, createdById, instant(rs, "resolved_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"),
				new NamedRef(categoryId, rs.getString("category_name")),
				new NamedRef(typeId, rs.getString("type_name")), new NamedRef(itemId, rs.getString("item_name")),
				user(assigneeId, rs.getString("assignee_username"), rs.getString("assignee_display_name")),
				user(createdById, rs.getString("created_by_username"), rs.getString("created_by_display_name")),
				new CommentCount(rs.getLong("comment_count")));
	}

	private static UserRef user(UUID id, String username, String displayName) {
		return (id != null) ? new UserRef(id, username, displayName) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
