package dev.ticketing.service.auth;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param clientUrl the one origin browsers may call the API from ({@code CLIENT_URL})
 */
@ConfigurationProperties("ticketing.cors")
record CorsProperties(String clientUrl) {

}
