package dev.ticketing.service.ticket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.CrudRepository;

interface TicketRepository extends CrudRepository<Ticket, UUID> {

	/**
	 * Loads the ticket and holds its row until the transaction ends, so concurrent edits
	 * apply in turn.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	Optional<Ticket> findForUpdateById(UUID id);

	boolean existsByDisplayId(String displayId);

	@Query("select id from tickets where assignee_id = :assigneeId")
	List<UUID> findIdsByAssigneeId(UUID assigneeId);

}
