package dev.ticketing.service.ticket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketFilterTests {

	@Test
	void searchWordsBecomeAPrefixQueryOfLettersAndDigitsOnly() {
		assertThat(search("Backup  failed!").searchQuery()).isEqualTo("backup:* & failed:*");
		assertThat(search("a & b | !c:*").searchQuery()).isEqualTo("a:* & b:* & c:*");
		assertThat(search("Überwachung café").searchQuery()).isEqualTo("überwachung:* & café:*");
		assertThat(search("'; drop table tickets; --").searchQuery()).isEqualTo("drop:* & table:* & tickets:*");
		assertThat(search("!!!").searchQuery()).isEmpty();
	}

	@Test
	void aSearchThatIsADisplayIdIsAlsoMatchedExactly() {
		assertThat(search(" v325813929 ").searchedDisplayId()).isEqualTo("V325813929");
		assertThat(search("V32581392").searchedDisplayId()).isNull();
		assertThat(search("printer").searchedDisplayId()).isNull();
	}

	private static TicketFilter search(String text) {
		return new TicketFilter(null, null, null, null, text);
	}

}
