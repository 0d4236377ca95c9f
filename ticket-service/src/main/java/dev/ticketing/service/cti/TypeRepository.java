package dev.ticketing.service.cti;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TypeRepository extends ListCrudRepository<Type, UUID> {

	@Query("select * from types order by lower(name)")
	List<Type> findAllByName();

	@Query("select * from types where category_id = :categoryId order by lower(name)")
	List<Type> findByCategoryId(UUID categoryId);

	@Query("select exists (select 1 from types where category_id = :categoryId and lower(name) = lower(:name) and id <> :exceptId)")
	boolean nameTaken(UUID categoryId, String name, UUID exceptId);

	@Query("select count(*) from tickets where type_id = :id")
	long countTickets(UUID id);

}
