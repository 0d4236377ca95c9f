package dev.ticketing.service.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a free local port that records every request and answers with the
 * status it is told, optionally after a delay.
 */
class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger status = new AtomicInteger(204);

	private volatile Duration delay = Duration.ZERO;

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/", receiver::handle);
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/ticketing";
	}

	WebhookReceiver answering(int status) {
		this.status.set(status);
		return this;
	}

	WebhookReceiver after(Duration delay) {
		this.delay = delay;
		return this;
	}

	List<Received> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			this.requests.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					Map.copyOf(exchange.getRequestHeaders()), body.readAllBytes()));
		}
		try {
			Thread.sleep(this.delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		exchange.sendResponseHeaders(this.status.get(), -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request as it arrived. */
	record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {

		/** The first value of a header, whatever the case of its name. */
		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map((header) -> header.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
