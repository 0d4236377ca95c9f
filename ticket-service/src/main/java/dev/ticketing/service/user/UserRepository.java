package dev.ticketing.service.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, UUID> {

	@Query("select * from users where lower(username) = lower(:username)")
	Optional<User> findByUsername(String username);

	Optional<User> findByApiKeyHash(String apiKeyHash);

	@Query("select exists (select 1 from users where lower(username) = lower(:username))")
	boolean usernameTaken(String username);

	@Query("select exists (select 1 from users where lower(email) = lower(:email) and id <> :exceptId)")
	boolean emailTaken(String email, UUID exceptId);

	/**
	 * Locks the admins' rows, so two admins cannot demote or delete each other at the
	 * same moment.
	 */
	@Query("select count(*) from (select id from users where role = 'ADMIN' for update) admins")
	long lockAndCountAdmins();

	@Query("select * from users order by lower(display_name), lower(username)")
	List<User> findAllInDisplayOrder();

}
