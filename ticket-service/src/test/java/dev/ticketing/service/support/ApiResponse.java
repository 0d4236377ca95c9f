package dev.ticketing.service.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * A response as a client sees it: status, headers and the JSON body (a missing node when
 * there is none).
 */
public record ApiResponse(int status, HttpHeaders headers, String body, JsonNode json) {

	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	public String text(String field) {
		return this.json.path(field).asString(null);
	}

	/** The fields named in a problem's {@code errors}. */
	public java.util.List<String> errorFields() {
		return this.json.path("errors").valueStream().map((error) -> error.path("field").asString()).toList();
	}

	@Override
	public String toString() {
		return this.status + " " + this.body;
	}

}
