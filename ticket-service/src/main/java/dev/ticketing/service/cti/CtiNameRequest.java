package dev.ticketing.service.cti;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of the CTI write endpoints: a name, and for a new type or item the parent it
 * belongs to.
 */
public record CtiNameRequest(@NotBlank @Size(max = 100) String name, UUID categoryId, UUID typeId) {

}
