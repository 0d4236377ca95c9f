package dev.ticketing.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ticketing.testsupport.TestBroker;
import dev.ticketing.testsupport.TestDatabase;

/**
 * The system as it is deployed: the packaged ticket-service and notifier-worker jars,
 * each in a process of its own, on the run's database and virtual host, seeded with the
 * jar's own {@code seed} command. Started once per test run and stopped when it ends;
 * each process writes its output to {@code target/<name>.log}.
 */
final class RunningSystem {

	private static RunningSystem instance;

	private final TestDatabase database = TestDatabase.get();

	private final TestBroker broker = TestBroker.get();

	private final List<Process> processes = new ArrayList<>();

	private final int apiPort = freePort();

	private final String goddardApiKey;

	private RunningSystem() throws IOException, InterruptedException {
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
		this.goddardApiKey = seed();
		start("ticket-service", Map.of("PORT", Integer.toString(this.apiPort)));
		awaitHealthy("ticket-service", this.apiPort);
		int workerPort = freePort();
		start("notifier-worker", Map.of("PORT", Integer.toString(workerPort), "TICKETING_WEBHOOKS_POLL", "200ms",
				"TICKETING_WEBHOOKS_FIRST_RETRY", "200ms"));
		awaitHealthy("notifier-worker", workerPort);
	}

	static synchronized RunningSystem get() throws IOException, InterruptedException {
		if (instance == null) {
			instance = new RunningSystem();
		}
		return instance;
	}

	String api() {
		return "http://127.0.0.1:" + this.apiPort;
	}

	String goddardApiKey() {
		return this.goddardApiKey;
	}

	TestBroker broker() {
		return this.broker;
	}

	/**
	 * Runs {@code java -jar ticket-service.jar seed} and returns the API key it prints
	 * once.
	 */
	private String seed() throws IOException, InterruptedException {
		Process seed = process("ticket-service", Map.of(), "seed").start();
		String output = new String(seed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!seed.waitFor(120, TimeUnit.SECONDS) || seed.exitValue() != 0) {
			throw new IllegalStateException("The seed command failed:\n" + output);
		}
		Matcher key = Pattern.compile("API key, shown only now, copy it: (sk_\\S+)").matcher(output);
		if (!key.find()) {
			throw new IllegalStateException("The seed command printed no API key:\n" + output);
		}
		return key.group(1);
	}

	private void start(String application, Map<String, String> environment) throws IOException {
		Path log = Path.of("target", application + ".log");
		this.processes
			.add(process(application, environment).redirectErrorStream(true).redirectOutput(log.toFile()).start());
	}

	private ProcessBuilder process(String application, Map<String, String> extra, String... arguments) {
		Path jar = Path.of("..", application, "target", application + ".jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " is missing: build it first (./mvnw -B verify from the root)");
		}
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-jar", jar.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment(extra));
		return builder;
	}

	private Map<String, String> environment(Map<String, String> extra) {
		Map<String, String> environment = new HashMap<>(extra);
		environment.put("DATABASE_URL", this.database.url());
		environment.put("SPRING_DATASOURCE_URL", this.database.url());
		environment.put("SPRING_DATASOURCE_USERNAME", this.database.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", this.database.password());
		environment.put("SPRING_RABBITMQ_HOST", this.broker.host());
		environment.put("SPRING_RABBITMQ_PORT", Integer.toString(this.broker.port()));
		environment.put("SPRING_RABBITMQ_USERNAME", this.broker.username());
		environment.put("SPRING_RABBITMQ_PASSWORD", this.broker.password());
		environment.put("SPRING_RABBITMQ_VIRTUAL_HOST", this.broker.virtualHost());
		environment.put("JWT_SECRET", "system-test-secret-of-at-least-sixty-four-bytes-0123456789abcdefghijklmnop");
		environment.put("LOG_FORMAT", "");
		return environment;
	}

	private static void awaitHealthy(String application, int port) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				var response = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(application + " did not become healthy; see target/" + application + ".log");
	}

	private void stop() {
		for (Process process : this.processes) {
			process.destroy();
		}
		for (Process process : this.processes) {
			try {
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
