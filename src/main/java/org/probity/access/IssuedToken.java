package org.probity.access;

/** A token just issued: the secret is shown this once and never stored. */
public record IssuedToken(long id, String name, String token) {
}
