package dev.ticketing.service.ticket;

import java.util.List;
import java.util.Map;

import dev.ticketing.contracts.rest.Role;
import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.Fixtures;
import dev.ticketing.service.support.Fixtures.Cti;
import dev.ticketing.service.support.IntegrationTest;
import dev.ticketing.service.support.StatementCounter;
import dev.ticketing.service.support.TicketMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.ticketing.service.support.TicketMother.ticket;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TicketListIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	Caller agent;

	Cti cti;

	@BeforeEach
	void setUp() {
		this.agent = this.fixtures.user(Role.AGENT);
		this.cti = this.fixtures.cti();
	}

	@Test
	void ticketsAreSortedBySeverityThenNewestFirst() {
		String sev3 = open(ticket(this.cti).severity(3));
		String olderSev1 = open(ticket(this.cti).severity(1));
		String sev2 = open(ticket(this.cti).severity(2));
		String newerSev1 = open(ticket(this.cti).severity(1));

		assertThat(ids(list("categoryId=" + this.cti.categoryId()))).containsExactly(newerSev1, olderSev1, sev2, sev3);
	}

	@Test
	void eachFilterNarrowsTheList() {
		Caller ada = this.fixtures.user(Role.AGENT);
		String assigned = open(ticket(this.cti).severity(2).assignedTo(ada.id()));
		String resolved = open(ticket(this.cti).severity(4));
		this.api.patch("/api/tickets/" + resolved, Map.of("status", "RESOLVED"), this.agent);
		String other = open(ticket(this.cti).severity(5));
		String inCategory = "categoryId=" + this.cti.categoryId();

		assertThat(ids(list(inCategory))).containsExactly(assigned, resolved, other);
		assertThat(ids(list(inCategory + "&status=RESOLVED"))).containsExactly(resolved);
		assertThat(ids(list(inCategory + "&severity=2"))).containsExactly(assigned);
		assertThat(ids(list("assigneeId=" + ada.id()))).containsExactly(assigned);
		assertThat(ids(list(inCategory + "&status=OPEN&severity=5"))).containsExactly(other);
	}

	@Test
	void searchFindsWordsOfTitleAndOverviewByPrefixAndDisplayIdsExactly() {
		String word = "zebra" + Fixtures.unique("x").replaceAll("[^a-z0-9]", "");
		String inTitle = open(ticket(this.cti).titled("Router " + word + " down"));
		String inOverview = open(ticket(this.cti).overview("The " + word + " switch is **hot**"));
		open(ticket(this.cti).titled("Unrelated"));
		String displayId = this.api.get("/api/tickets/" + inTitle, this.agent).text("displayId");

		assertThat(ids(list("search=" + word))).containsExactlyInAnyOrder(inTitle, inOverview);
		assertThat(ids(list("search=" + word.substring(0, word.length() - 2).toUpperCase()))).contains(inTitle,
				inOverview);
		assertThat(ids(list("search=router%20" + word))).containsExactly(inTitle);
		assertThat(ids(list("search=" + displayId))).containsExactly(inTitle);
		assertThat(ids(list("search=" + displayId.toLowerCase()))).containsExactly(inTitle);
	}

	@Test
	void searchWithQuerySyntaxOrNothingSearchableIsSafe() {
		for (String search : List.of("%21%21%21", "a%20%26%20%7C%20!", "'%3B%20drop%20table%20tickets%3B--", "%3A*")) {
			ApiResponse response = this.api
				.get("/api/tickets?categoryId=" + this.cti.categoryId() + "&search=" + search, this.agent);
			assertThat(response.status()).as(search).isEqualTo(200);
		}
	}

	@Test
	void pagesCarryTheTotalAndALinkToTheNextPage() {
		for (int i = 0; i < 5; i++) {
			open(ticket(this.cti));
		}
		String inCategory = "categoryId=" + this.cti.categoryId();

		ApiResponse first = list(inCategory + "&limit=2");
		assertThat(first.json()).hasSize(2);
		assertThat(first.header("X-Total-Count")).isEqualTo("5");
		assertThat(first.header("Link")).contains("offset=2", "limit=2", inCategory).endsWith("rel=\"next\"");

		ApiResponse last = list(inCategory + "&limit=2&offset=4");
		assertThat(last.json()).hasSize(1);
		assertThat(last.header("Link")).isNull();

		List<String> all = ids(list(inCategory));
		assertThat(ids(list(inCategory + "&limit=2&offset=2"))).containsExactlyElementsOf(all.subList(2, 4));
	}

	@Test
	void limitIsOneToAThousandAndOffsetNotNegative() {
		assertThat(list("limit=0").status()).isEqualTo(400);
		assertThat(list("limit=1001").errorFields()).containsExactly("limit");
		assertThat(list("offset=-1").errorFields()).containsExactly("offset");
		assertThat(list("limit=1000").status()).isEqualTo(200);
	}

	@Test
	void badFilterValuesAre400NamingTheParameter() {
		assertThat(list("status=DONE").errorFields()).containsExactly("status");
		assertThat(list("severity=6").errorFields()).containsExactly("severity");
		assertThat(list("severity=high").errorFields()).containsExactly("severity");
		assertThat(list("categoryId=nope").errorFields()).containsExactly("categoryId");
	}

	@Test
	void aPageOfAHundredTicketsCostsAFewStatementsNotOnePerTicket() {
		Caller ada = this.fixtures.user(Role.AGENT);
		for (int i = 0; i < 100; i++) {
			String id = open(ticket(this.cti).assignedTo((i % 2 == 0) ? ada.id() : null));
			if (i % 10 == 0) {
				this.api.post("/api/tickets/" + id + "/comments", Map.of("body", "note " + i), this.agent);
			}
		}

		var page = this.statements.count(() -> list("categoryId=" + this.cti.categoryId()));

		assertThat(page.result().json()).hasSize(100);
		assertThat(page.result().json().get(0).path("createdBy").path("username").asString())
			.isEqualTo(this.agent.username());
		// one to authenticate, one for the page, one for the total
		assertThat(page.statements()).isEqualTo(3);
	}

	private String open(TicketMother ticket) {
		return this.fixtures.ticket(this.agent, ticket).path("id").asString();
	}

	private ApiResponse list(String query) {
		return this.api.get("/api/tickets?" + query, this.agent);
	}

	private static List<String> ids(ApiResponse response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().valueStream().map((ticket) -> ticket.path("id").asString()).toList();
	}

}
