package dk.kl.partnerships.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Checks used by the event records' constructors, so a payload that lacks a required field or
 * carries an inexact amount is refused when it is read, not deep inside a consumer.
 */
public final class Require {

    /** Amounts and rates on the wire have exactly this many decimals. */
    public static final int DECIMALS = 2;

    private Require() {}

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /**
     * Who a billing document is for: a municipality, or (with no municipality) a guest organisation by
     * its id; exactly one of them.
     */
    public static void municipalityOrOrganisation(String municipalityCode, String organisationId) {
        boolean municipality = municipalityCode != null && !municipalityCode.isBlank();
        boolean organisation = organisationId != null && !organisationId.isBlank();
        if (municipality == organisation) {
            throw new IllegalArgumentException("exactly one of municipalityCode and organisationId is required");
        }
    }

    /** The key of a party's event: the municipality's code, or else the outside organisation's id. */
    public static String partyKey(String municipalityCode, String organisationId) {
        return municipalityCode != null ? municipalityCode : organisationId;
    }

    /** An immutable copy; absent means empty. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** A required amount with exactly two decimals: {@code 110000} becomes {@code 110000.00}. */
    public static BigDecimal amount(BigDecimal value, String field) {
        return optionalAmount(present(value, field), field);
    }

    /** An optional amount with exactly two decimals; more decimals than two are refused, never rounded. */
    public static BigDecimal optionalAmount(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return value.setScale(DECIMALS, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must have at most " + DECIMALS + " decimals: " + value);
        }
    }
}
