package dev.ticketing.service.auth;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * 401 and 403 as problem+json, for requests refused before they reach a controller.
 */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			write(response, HttpStatus.UNAUTHORIZED,
					(request.getHeader(CredentialsFilter.API_KEY_HEADER) != null
							|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) ? ex.getMessage()
									: "Authentication required: send a Bearer token or an X-Api-Key");
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN,
				"Your role does not allow this request");
	}

	/**
	 * Refuses requests from origins other than CLIENT_URL with a problem rather than
	 * Spring's plain text.
	 */
	CorsProcessor corsRefusals() {
		return new DefaultCorsProcessor() {

			@Override
			protected void rejectRequest(ServerHttpResponse response) throws IOException {
				response.setStatusCode(HttpStatus.FORBIDDEN);
				response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
				response.getBody()
					.write(ProblemResponses.this.json.writeValueAsBytes(ProblemDetail
						.forStatusAndDetail(HttpStatus.FORBIDDEN, "This origin may not call the API")));
				response.flush();
			}

		};
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
