package dev.ticketing.service.webhook;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface WebhookRepository extends ListCrudRepository<Webhook, UUID> {

	@Query("select * from webhooks order by created_at, id")
	List<Webhook> findAllInCreationOrder();

}
