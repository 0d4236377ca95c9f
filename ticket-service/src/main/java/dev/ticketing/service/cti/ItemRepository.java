package dev.ticketing.service.cti;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ItemRepository extends ListCrudRepository<Item, UUID> {

	@Query("select * from items order by lower(name)")
	List<Item> findAllByName();

	@Query("select * from items where type_id = :typeId order by lower(name)")
	List<Item> findByTypeId(UUID typeId);

	@Query("select exists (select 1 from items where type_id = :typeId and lower(name) = lower(:name) and id <> :exceptId)")
	boolean nameTaken(UUID typeId, String name, UUID exceptId);

	@Query("select count(*) from tickets where item_id = :id")
	long countTickets(UUID id);

}
