package dev.ticketing.service.seed;

import java.util.Map;
import java.util.List;

import dev.ticketing.contracts.rest.CategoryResponse;
import dev.ticketing.contracts.rest.Role;
import dev.ticketing.contracts.rest.TypeResponse;
import dev.ticketing.contracts.rest.UserResponse;
import dev.ticketing.service.cti.CtiManagement;
import dev.ticketing.service.cti.CtiNameRequest;
import dev.ticketing.service.user.CreateUserRequest;
import dev.ticketing.service.user.UserManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ticket-service.jar seed}: the admin, the goddard SERVICE account and a
 * sample CTI tree. Whatever exists already is left alone, so running it again changes
 * nothing and shows no secret.
 */
@Component
@Profile("seed")
class Seed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Seed.class);

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin123";

	static final String SERVICE_ACCOUNT = "goddard";

	private static final Map<String, Map<String, List<String>>> SAMPLE_CTI = Map.of("TheWrightServer",
			Map.of("Automation", List.of("Backup", "Updates", "Certificates"), "Media", List.of("Plex", "Storage")),
			"IT", Map.of("Hardware", List.of("Laptop", "Monitor", "Printer"), "Access",
					List.of("Account", "VPN", "Password reset")));

	private final UserManagement users;

	private final CtiManagement cti;

	Seed(UserManagement users, CtiManagement cti) {
		this.users = users;
		this.cti = cti;
	}

	@Override
	public void run(ApplicationArguments args) {
		seedAdmin();
		seedServiceAccount();
		seedCti();
	}

	private void seedAdmin() {
		if (this.users.findByUsername(ADMIN).isPresent()) {
			System.out.println("seed: user 'admin' exists, left as it is");
			return;
		}
		this.users.create(new CreateUserRequest(ADMIN, null, "Admin", ADMIN_PASSWORD, Role.ADMIN));
		System.out.println("seed: created user 'admin' with password '" + ADMIN_PASSWORD + "'");
		log.warn(
				"The admin account has the default password '{}': CHANGE IT NOW (Admin → Users, or PATCH /api/users/:id)",
				ADMIN_PASSWORD);
	}

	private void seedServiceAccount() {
		if (this.users.findByUsername(SERVICE_ACCOUNT).isPresent()) {
			System.out
				.println("seed: service account 'goddard' exists, left as it is (its API key is not shown again)");
			return;
		}
		UserResponse goddard = this.users
			.create(new CreateUserRequest(SERVICE_ACCOUNT, null, "Goddard", null, Role.SERVICE));
		System.out.println("seed: created service account 'goddard' (id " + goddard.id() + ")");
		System.out.println("seed: goddard API key, shown only now, copy it: " + goddard.apiKey());
	}

	private void seedCti() {
		if (!this.cti.categories().isEmpty()) {
			System.out.println("seed: CTI categories exist, sample tree not added");
			return;
		}
		SAMPLE_CTI.forEach((category, types) -> {
			CategoryResponse created = this.cti.createCategory(new CtiNameRequest(category, null, null));
			types.forEach((type, items) -> {
				TypeResponse createdType = this.cti.createType(new CtiNameRequest(type, created.id(), null));
				items.forEach((item) -> this.cti.createItem(new CtiNameRequest(item, null, createdType.id())));
			});
		});
		System.out.println("seed: created the sample CTI tree (" + SAMPLE_CTI.keySet() + ")");
	}

}
