package dev.ticketing.service.auth;

import java.util.List;

import dev.ticketing.service.user.UserManagement;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * The role table of the product, enforced for every endpoint. Finer rules (only ADMIN
 * closes a ticket, authors delete their own comments) are checked where the change is
 * made.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String ADMIN = "ADMIN";

	private static final String[] TICKET_WORKERS = { ADMIN, "AGENT", "SERVICE" };

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, Tokens tokens, UserManagement users, ProblemResponses problems,
			CorsConfigurationSource corsConfigurationSource) throws Exception {
		CorsFilter cors = new CorsFilter(corsConfigurationSource);
		cors.setCorsProcessor(problems.corsRefusals());
		// Stateless: no cookies, so no CSRF token; every request carries its own
		// credentials.
		http.csrf(AbstractHttpConfigurer::disable)
			.cors(AbstractHttpConfigurer::disable)
			.addFilterAfter(cors, HeaderWriterFilter.class)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems.unauthorized())
				.accessDeniedHandler(problems.forbidden()))
			.addFilterBefore(new CredentialsFilter(tokens, users, problems.unauthorized()),
					UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/auth/login")
				.permitAll()
				.requestMatchers("/api/openapi.json", "/api/openapi.json/**", "/api/docs", "/api/docs/**",
						"/api/swagger-ui/**", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/tickets")
				.hasAnyRole(TICKET_WORKERS)
				.requestMatchers(HttpMethod.PATCH, "/api/tickets/*")
				.hasAnyRole(TICKET_WORKERS)
				.requestMatchers(HttpMethod.DELETE, "/api/tickets/*")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/tickets/*/comments")
				.authenticated()
				.requestMatchers(HttpMethod.DELETE, "/api/tickets/*/comments/*")
				.authenticated()
				// Before the rule for reads: subscriptions name where events go.
				.requestMatchers("/api/webhooks", "/api/webhooks/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.requestMatchers("/api/cti/**", "/api/users/**")
				.hasRole(ADMIN)
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		if (properties.clientUrl() != null && !properties.clientUrl().isBlank()) {
			cors.setAllowedOrigins(List.of(properties.clientUrl().strip()));
		}
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(
				List.of("Authorization", "Content-Type", CredentialsFilter.API_KEY_HEADER, "Idempotency-Key"));
		cors.setExposedHeaders(List.of("X-Total-Count", "Link", "Location", "Retry-After"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		return source;
	}

}
