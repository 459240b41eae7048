package dk.kl.partnerships.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles a token's {@code roles} claim may carry. */
public enum Role {
    /** KL staff: programme owners. */
    KL_ADMIN,
    /** A municipal coordinator; the token's {@code municipality} claim names the municipality. */
    MUNICIPALITY,
    /** Finance staff and finance systems. */
    FINANCE;

    private static final Set<String> NAMES =
            Arrays.stream(values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    /** Whether a {@code roles} claim's entry names a platform role. */
    public static boolean isPlatformRole(String name) {
        return NAMES.contains(name);
    }

    /** Every role's name, for a rule that any platform role satisfies ({@code hasAnyRole}). */
    public static String[] names() {
        return NAMES.toArray(String[]::new);
    }
}
