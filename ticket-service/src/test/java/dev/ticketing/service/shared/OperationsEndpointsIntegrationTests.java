package dev.ticketing.service.shared;

import dev.ticketing.service.support.Api;
import dev.ticketing.service.support.ApiResponse;
import dev.ticketing.service.support.Caller;
import dev.ticketing.service.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OperationsEndpointsIntegrationTests {

	@Autowired
	Api api;

	@Test
	void theOpenApiDescriptionListsTheApiWithBothWaysToAuthenticate() {
		ApiResponse openApi = this.api.get("/api/openapi.json", Caller.ANONYMOUS);

		assertThat(openApi.status()).isEqualTo(200);
		assertThat(openApi.json().path("paths").propertyNames()).contains("/api/tickets", "/api/tickets/{id}",
				"/api/tickets/{ticketId}/comments", "/api/tickets/{ticketId}/audit", "/api/auth/login",
				"/api/cti/categories", "/api/users");
		assertThat(openApi.json().path("components").path("securitySchemes").propertyNames())
			.containsExactlyInAnyOrder("bearer", "apiKey");
	}

	@Test
	void swaggerUiIsServed() {
		assertThat(this.api.get("/api/swagger-ui/index.html", Caller.ANONYMOUS).status()).isEqualTo(200);
	}

	@Test
	void healthAndPrometheusMetricsAreOpenToMonitoring() {
		ApiResponse health = this.api.get("/actuator/health", Caller.ANONYMOUS);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");

		ApiResponse metrics = this.api.get("/actuator/prometheus", Caller.ANONYMOUS, "Accept", "text/plain");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests");
	}

}
