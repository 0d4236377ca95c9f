package dev.ticketing.service.cti;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Categories. The ticket counts read the tickets table directly: they only say whether a
 * node may be deleted, and the foreign keys guard the same rule.
 */
interface CategoryRepository extends ListCrudRepository<Category, UUID> {

	@Query("select * from categories order by lower(name)")
	List<Category> findAllByName();

	@Query("select exists (select 1 from categories where lower(name) = lower(:name) and id <> :exceptId)")
	boolean nameTaken(String name, UUID exceptId);

	@Query("select count(*) from tickets where category_id = :id")
	long countTickets(UUID id);

}
