package dk.kl.partnerships.security;

/** The roles a token's {@code roles} claim may carry. */
public enum Role {
    /** KL staff: programme owners. */
    KL_ADMIN,
    /** A municipal coordinator; the token's {@code municipality} claim names the municipality. */
    MUNICIPALITY,
    /** Finance staff and finance systems. */
    FINANCE
}
