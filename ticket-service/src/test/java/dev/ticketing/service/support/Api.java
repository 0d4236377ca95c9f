package dev.ticketing.service.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.function.IntSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A plain HTTP client for the running service, so tests meet the API the way its clients
 * do.
 */
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final IntSupplier port;

	Api(IntSupplier port) {
		this.port = port;
	}

	public ApiResponse get(String path, Caller caller, String... headers) {
		return send(request(path, caller, headers).GET());
	}

	public ApiResponse post(String path, Object body, Caller caller, String... headers) {
		return send(request(path, caller, headers).POST(json(body)));
	}

	public ApiResponse patch(String path, Object body, Caller caller) {
		return send(request(path, caller).method("PATCH", json(body)));
	}

	public ApiResponse put(String path, Object body, Caller caller) {
		return send(request(path, caller).PUT(json(body)));
	}

	public ApiResponse delete(String path, Caller caller) {
		return send(request(path, caller).DELETE());
	}

	/** Sends a body exactly as given, e.g. malformed JSON. */
	public ApiResponse send(String method, String path, Caller caller, BodyPublisher body, String... headers) {
		return send(request(path, caller, headers).method(method, body));
	}

	public static String toJson(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	private HttpRequest.Builder request(String path, Caller caller, String... headers) {
		HttpRequest.Builder builder = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port.getAsInt() + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json");
		if (caller.header() != null) {
			builder.header(caller.header(), caller.credential());
		}
		for (int i = 0; i < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private static BodyPublisher json(Object body) {
		return BodyPublishers.ofString(toJson(body));
	}

	private ApiResponse send(HttpRequest.Builder request) {
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofString());
			String body = response.body();
			JsonNode json = (body == null || body.isBlank()) ? MissingNode.getInstance() : parse(body);
			return new ApiResponse(response.statusCode(), response.headers(), body, json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return MissingNode.getInstance();
		}
	}

}
