package dev.ticketing.service.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

interface WebhookRepository extends ListCrudRepository<Webhook, UUID> {

	@Query("select * from webhooks order by created_at, id")
	List<Webhook> findAllInCreationOrder();

	/**
	 * Records a delivery outcome the way notifier-worker does, without the version: it is
	 * not a change an admin could overwrite.
	 */
	@Modifying
	@Transactional
	@Query("""
			update webhooks set last_delivery_at = :at, last_delivery_status = :status,
			                    last_response_code = :responseCode, last_error = :error
			where id = :id
			""")
	void recordDelivery(UUID id, Instant at, String status, Integer responseCode, String error);

}
