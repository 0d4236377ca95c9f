package dev.ticketing.service.auth;

import java.net.http.HttpRequest.BodyPublishers;

import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CorsIntegrationTests {

	@Autowired
	Api api;

	@Value("${ticketing.cors.client-url}")
	String clientUrl;

	@Test
	void aPreflightFromTheClientUrlIsAllowed() {
		ApiResponse preflight = preflight("/api/tickets", this.clientUrl);

		assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(this.clientUrl);
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
		assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
	}

	@Test
	void aPreflightFromAnotherOriginIsRefused() {
		ApiResponse preflight = preflight("/api/tickets", "https://elsewhere.example");

		assertThat(preflight.status()).isEqualTo(403);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
		assertThat(preflight.header("Content-Type")).startsWith("application/problem+json");
	}

	private ApiResponse preflight(String path, String origin) {
		return this.api.send("OPTIONS", path, Caller.ANONYMOUS, BodyPublishers.noBody(), "Origin", origin,
				"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
				"authorization,content-type");
	}

}
