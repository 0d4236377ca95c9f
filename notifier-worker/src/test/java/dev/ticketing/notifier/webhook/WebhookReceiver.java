package dev.ticketing.notifier.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for a system that subscribed to webhooks: it records
 * every call and answers with the status the test chooses for the n-th call.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final AtomicInteger count = new AtomicInteger();

	private WebhookReceiver(IntUnaryOperator statusOfCall) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
			this.calls.add(new Call(headers, body));
			exchange.sendResponseHeaders(statusOfCall.applyAsInt(this.count.incrementAndGet()), -1);
			exchange.close();
		});
		this.server.start();
	}

	static WebhookReceiver answering(IntUnaryOperator statusOfCall) throws IOException {
		return new WebhookReceiver(statusOfCall);
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
	}

	List<Call> calls() {
		return List.copyOf(this.calls);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Call(Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.get(name);
		}

	}

}
