package dev.ticketing.service.auth;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import dev.ticketing.service.user.User;
import dev.ticketing.service.user.UserManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by {@code X-Api-Key} (SERVICE accounts) or
 * {@code Authorization: Bearer} (JWT), checking the account in the database on every
 * request. Credentials that do not check out end the request with 401 rather than letting
 * it continue anonymously.
 */
class CredentialsFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-Api-Key";

	private static final String BEARER = "Bearer ";

	private final Tokens tokens;

	private final UserManagement users;

	private final AuthenticationEntryPoint entryPoint;

	CredentialsFilter(Tokens tokens, UserManagement users, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.users = users;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String apiKey = request.getHeader(API_KEY_HEADER);
		String authorization = request.getHeader("Authorization");
		if (apiKey == null
				&& (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()))) {
			chain.doFilter(request, response);
			return;
		}
		Optional<User> user = (apiKey != null) ? this.users.findByApiKey(apiKey.strip())
				: userOfToken(authorization.substring(BEARER.length()).strip());
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response,
					new BadCredentialsException((apiKey != null) ? "Invalid API key" : "Invalid or expired token"));
			return;
		}
		CurrentUser current = CurrentUser.of(user.get());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(current, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + current.role().name())));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

	private Optional<User> userOfToken(String token) {
		return this.tokens.verify(token)
			.flatMap((claims) -> this.users.findById(claims.userId())
				.filter((user) -> this.tokens.matches(claims, user)));
	}

}
