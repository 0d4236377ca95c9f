package dev.ticketing.contracts.rest;

/**
 * The answer to {@code POST /api/auth/login}.
 */
public record LoginResponse(String token, UserResponse user) {

}
