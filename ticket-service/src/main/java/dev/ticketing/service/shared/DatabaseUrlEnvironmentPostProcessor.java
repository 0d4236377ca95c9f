package dev.ticketing.service.shared;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts {@code DATABASE_URL} as the Node app did
 * ({@code postgres://user:pass@host:port/db}) as well as a JDBC URL, and turns it into
 * the datasource settings.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("DATABASE_URL");
		if (url == null || url.isBlank()) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("databaseUrl", datasourceProperties(url.trim())));
	}

	static Map<String, Object> datasourceProperties(String url) {
		Map<String, Object> properties = new HashMap<>();
		if (url.startsWith("jdbc:")) {
			properties.put("spring.datasource.url", url);
			return properties;
		}
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			// the URL holds the password: say what is wrong without repeating it
			throw new IllegalArgumentException("DATABASE_URL is not a valid URL (percent-encode special characters "
					+ "in the user name and password)");
		}
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new IllegalArgumentException(
					"DATABASE_URL must be postgres://user:pass@host:port/db or a jdbc:postgresql: URL");
		}
		int port = (uri.getPort() != -1) ? uri.getPort() : 5432;
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		properties.put("spring.datasource.url",
				"jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
		String userInfo = uri.getRawUserInfo();
		if (userInfo != null) {
			String[] parts = userInfo.split(":", 2);
			properties.put("spring.datasource.username", decode(parts[0]));
			if (parts.length == 2) {
				properties.put("spring.datasource.password", decode(parts[1]));
			}
		}
		return properties;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
