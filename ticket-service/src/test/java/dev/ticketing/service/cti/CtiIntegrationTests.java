package dev.ticketing.service.cti;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CtiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	Caller admin;

	@BeforeEach
	void setUp() {
		this.admin = this.fixtures.admin();
	}

	@Test
	void everyRoleReadsTheTreeLevelByLevel() {
		Cti cti = this.fixtures.cti();
		Cti sibling = this.fixtures.ctiUnder(cti.categoryId(), cti.category());
		Caller user = this.fixtures.user(Role.USER);

		ApiResponse categories = this.api.get("/api/cti/categories", user);
		assertThat(categories.status()).isEqualTo(200);
		assertThat(categories.json().valueStream())
			.contains(node(Map.of("id", cti.categoryId(), "name", cti.category())));

		ApiResponse types = this.api.get("/api/cti/types?categoryId=" + cti.categoryId(), user);
		assertThat(types.status()).isEqualTo(200);
		assertThat(types.json().valueStream().toList()).containsExactlyInAnyOrder(
				node(Map.of("id", cti.typeId(), "name", cti.type(), "categoryId", cti.categoryId())),
				node(Map.of("id", sibling.typeId(), "name", sibling.type(), "categoryId", cti.categoryId())));

		ApiResponse items = this.api.get("/api/cti/items?typeId=" + sibling.typeId(), user);
		assertThat(items.status()).isEqualTo(200);
		assertThat(items.json().valueStream().toList())
			.containsExactly(node(Map.of("id", sibling.itemId(), "name", sibling.item(), "typeId", sibling.typeId())));
	}

	@Test
	void onlyAnAdminChangesTheTree() {
		Cti cti = this.fixtures.cti();
		for (Caller caller : List.of(this.fixtures.user(Role.AGENT), this.fixtures.user(Role.USER),
				this.fixtures.user(Role.SERVICE))) {
			assertThat(this.api.post("/api/cti/categories", Map.of("name", Fixtures.unique("Nope")), caller).status())
				.isEqualTo(403);
			assertThat(this.api.put("/api/cti/types/" + cti.typeId(), Map.of("name", "Nope"), caller).status())
				.isEqualTo(403);
			assertThat(this.api.delete("/api/cti/items/" + cti.itemId(), caller).status()).isEqualTo(403);
		}
		assertThat(names("/api/cti/items?typeId=" + cti.typeId())).containsExactly(cti.item());
	}

	@Test
	void anAdminCreatesRenamesAndDeletesEachLevel() {
		String categoryName = Fixtures.unique("Facilities");
		ApiResponse category = this.api.post("/api/cti/categories", Map.of("name", categoryName), this.admin);
		assertThat(category.status()).isEqualTo(201);
		assertThat(category.json().propertyNames()).containsExactlyInAnyOrder("id", "name");
		assertThat(category.text("name")).isEqualTo(categoryName);
		String categoryId = category.text("id");

		ApiResponse type = this.api.post("/api/cti/types", Map.of("name", "Heating", "categoryId", categoryId),
				this.admin);
		assertThat(type.status()).isEqualTo(201);
		assertThat(type.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "categoryId");
		assertThat(type.text("categoryId")).isEqualTo(categoryId);
		String typeId = type.text("id");

		ApiResponse item = this.api.post("/api/cti/items", Map.of("name", "Radiator", "typeId", typeId), this.admin);
		assertThat(item.status()).isEqualTo(201);
		assertThat(item.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "typeId");
		assertThat(item.text("typeId")).isEqualTo(typeId);
		String itemId = item.text("id");

		String renamedCategory = Fixtures.unique("Buildings");
		assertThat(this.api.put("/api/cti/categories/" + categoryId, Map.of("name", renamedCategory), this.admin)
			.text("name")).isEqualTo(renamedCategory);
		assertThat(this.api.put("/api/cti/types/" + typeId, Map.of("name", "Climate"), this.admin).text("name"))
			.isEqualTo("Climate");
		assertThat(this.api.put("/api/cti/items/" + itemId, Map.of("name", "Thermostat"), this.admin).text("name"))
			.isEqualTo("Thermostat");
		assertThat(names("/api/cti/categories")).contains(renamedCategory).doesNotContain(categoryName);
		assertThat(names("/api/cti/types?categoryId=" + categoryId)).containsExactly("Climate");
		assertThat(names("/api/cti/items?typeId=" + typeId)).containsExactly("Thermostat");

		assertThat(this.api.delete("/api/cti/items/" + itemId, this.admin).status()).isEqualTo(204);
		assertThat(names("/api/cti/items?typeId=" + typeId)).isEmpty();
		assertThat(this.api.delete("/api/cti/types/" + typeId, this.admin).status()).isEqualTo(204);
		assertThat(names("/api/cti/types?categoryId=" + categoryId)).isEmpty();
		assertThat(this.api.delete("/api/cti/categories/" + categoryId, this.admin).status()).isEqualTo(204);
		assertThat(names("/api/cti/categories")).doesNotContain(renamedCategory);
	}

	@Test
	void siblingNamesAreUniqueRegardlessOfCase() {
		Cti cti = this.fixtures.cti();
		Cti other = this.fixtures.cti();

		assertThat(
				this.api.post("/api/cti/categories", Map.of("name", cti.category().toUpperCase()), this.admin).status())
			.isEqualTo(409);
		assertThat(this.api
			.post("/api/cti/types", Map.of("name", cti.type().toLowerCase(), "categoryId", cti.categoryId()),
					this.admin)
			.status()).isEqualTo(409);
		assertThat(this.api
			.post("/api/cti/items", Map.of("name", " " + cti.item().toUpperCase() + " ", "typeId", cti.typeId()),
					this.admin)
			.status()).isEqualTo(409);

		assertThat(this.api.put("/api/cti/categories/" + other.categoryId(), Map.of("name", cti.category()), this.admin)
			.status()).isEqualTo(409);
		Cti sibling = this.fixtures.ctiUnder(cti.categoryId(), cti.category());
		assertThat(this.api.put("/api/cti/types/" + sibling.typeId(), Map.of("name", cti.type()), this.admin).status())
			.isEqualTo(409);
		assertThat(names("/api/cti/types?categoryId=" + cti.categoryId())).containsExactlyInAnyOrder(cti.type(),
				sibling.type());
	}

	@Test
	void theSameNameIsFineUnderAnotherParentOrForTheNodeItself() {
		Cti cti = this.fixtures.cti();
		Cti other = this.fixtures.cti();

		assertThat(this.api
			.post("/api/cti/types", Map.of("name", cti.type(), "categoryId", other.categoryId()), this.admin)
			.status()).isEqualTo(201);
		assertThat(this.api.post("/api/cti/items", Map.of("name", cti.item(), "typeId", other.typeId()), this.admin)
			.status()).isEqualTo(201);

		ApiResponse recased = this.api.put("/api/cti/categories/" + cti.categoryId(),
				Map.of("name", cti.category().toUpperCase()), this.admin);
		assertThat(recased.status()).isEqualTo(200);
		assertThat(recased.text("name")).isEqualTo(cti.category().toUpperCase());
	}

	@Test
	void aTypeNeedsAnExistingCategoryAndAnItemAnExistingType() {
		ApiResponse unknownCategory = this.api.post("/api/cti/types",
				Map.of("name", "Orphan", "categoryId", UUID.randomUUID()), this.admin);
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.errorFields()).containsExactly("categoryId");

		ApiResponse noCategory = this.api.post("/api/cti/types", Map.of("name", "Orphan"), this.admin);
		assertThat(noCategory.status()).isEqualTo(400);
		assertThat(noCategory.errorFields()).containsExactly("categoryId");

		ApiResponse unknownType = this.api.post("/api/cti/items", Map.of("name", "Orphan", "typeId", UUID.randomUUID()),
				this.admin);
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.errorFields()).containsExactly("typeId");
	}

	@Test
	void aNameMustNotBeBlank() {
		Cti cti = this.fixtures.cti();

		ApiResponse blank = this.api.post("/api/cti/categories", Map.of("name", "  "), this.admin);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.errorFields()).containsExactly("name");

		ApiResponse missing = this.api.put("/api/cti/items/" + cti.itemId(), Map.of(), this.admin);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.errorFields()).containsExactly("name");
	}

	@Test
	void deletingACategoryDeletesItsTypesAndItems() {
		Cti cti = this.fixtures.cti();
		Cti sibling = this.fixtures.ctiUnder(cti.categoryId(), cti.category());

		assertThat(this.api.delete("/api/cti/categories/" + cti.categoryId(), this.admin).status()).isEqualTo(204);

		assertThat(names("/api/cti/categories")).doesNotContain(cti.category());
		assertThat(names("/api/cti/types?categoryId=" + cti.categoryId())).isEmpty();
		assertThat(names("/api/cti/items?typeId=" + cti.typeId())).isEmpty();
		assertThat(names("/api/cti/items?typeId=" + sibling.typeId())).isEmpty();
		assertThat(names("/api/cti/types")).doesNotContain(cti.type(), sibling.type());
		assertThat(names("/api/cti/items")).doesNotContain(cti.item(), sibling.item());
		assertThat(this.api.put("/api/cti/types/" + cti.typeId(), Map.of("name", "Gone"), this.admin).status())
			.isEqualTo(404);
	}

	@Test
	void aCategoryInUseIsNotDeleted() {
		Cti cti = this.fixtures.cti();
		Cti unused = this.fixtures.ctiUnder(cti.categoryId(), cti.category());
		Caller agent = this.fixtures.user(Role.AGENT);
		String ticketId = this.fixtures.ticket(agent, ticket(cti)).path("id").asString();
		this.fixtures.ticket(agent, ticket(cti));

		ApiResponse refused = this.api.delete("/api/cti/categories/" + cti.categoryId(), this.admin);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("used by 2 tickets");
		assertThat(names("/api/cti/categories")).contains(cti.category());
		assertThat(names("/api/cti/types?categoryId=" + cti.categoryId())).containsExactlyInAnyOrder(cti.type(),
				unused.type());
		assertThat(names("/api/cti/items?typeId=" + unused.typeId())).containsExactly(unused.item());
		assertThat(this.api.get("/api/tickets/" + ticketId, agent).json().path("category").path("name").asString())
			.isEqualTo(cti.category());
	}

	@Test
	void aTypeInUseIsNotDeleted() {
		Cti cti = this.fixtures.cti();
		this.fixtures.ticket(this.fixtures.user(Role.AGENT), ticket(cti));

		ApiResponse refused = this.api.delete("/api/cti/types/" + cti.typeId(), this.admin);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("used by 1 ticket");
		assertThat(names("/api/cti/types?categoryId=" + cti.categoryId())).containsExactly(cti.type());
		assertThat(names("/api/cti/items?typeId=" + cti.typeId())).containsExactly(cti.item());
	}

	@Test
	void anItemInUseIsNotDeletedUntilItsTicketMovesAway() {
		Cti cti = this.fixtures.cti();
		Cti elsewhere = this.fixtures.cti();
		Caller agent = this.fixtures.user(Role.AGENT);
		String ticketId = this.fixtures.ticket(agent, ticket(cti)).path("id").asString();

		ApiResponse refused = this.api.delete("/api/cti/items/" + cti.itemId(), this.admin);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).contains("used by 1 ticket");
		assertThat(names("/api/cti/items?typeId=" + cti.typeId())).containsExactly(cti.item());

		this.api.patch("/api/tickets/" + ticketId, Map.of("categoryId", elsewhere.categoryId(), "typeId",
				elsewhere.typeId(), "itemId", elsewhere.itemId()), agent);
		assertThat(this.api.delete("/api/cti/items/" + cti.itemId(), this.admin).status()).isEqualTo(204);
	}

	@Test
	void anUnknownNodeIs404() {
		for (String level : List.of("categories", "types", "items")) {
			String unknown = "/api/cti/" + level + "/" + UUID.randomUUID();
			assertThat(this.api.put(unknown, Map.of("name", "Ghost"), this.admin).status()).as(level).isEqualTo(404);
			assertThat(this.api.delete(unknown, this.admin).status()).as(level).isEqualTo(404);
			assertThat(this.api.delete("/api/cti/" + level + "/not-an-id", this.admin).status()).as(level)
				.isEqualTo(404);
		}
	}

	private List<String> names(String path) {
		ApiResponse response = this.api.get(path, this.admin);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().valueStream().map((node) -> node.path("name").asString()).toList();
	}

	private static JsonNode node(Map<String, Object> fields) {
		return JSON.valueToTree(fields);
	}

}
