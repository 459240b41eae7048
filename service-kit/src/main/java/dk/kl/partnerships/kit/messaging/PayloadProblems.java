package dk.kl.partnerships.kit.messaging;

import dk.kl.partnerships.kit.error.FieldPath;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What is wrong with a payload that cannot be read as its event, in words for a dead letter's headers
 * and the log: the field and the kind of problem, never a value from the payload, since payloads carry
 * personal data (a participant's name and e-mail address) and Jackson's own messages quote values.
 */
final class PayloadProblems {

    private PayloadProblems() {}

    /** The problem, starting with where it is: {@code " at billing.ean: ..."}, or {@code ": ..."} at the top. */
    static String of(JacksonException failure) {
        String path = FieldPath.of(failure);
        String where = path.isEmpty() ? "" : " at " + path;
        if (failure instanceof ValueInstantiationException
                && failure.getCause() instanceof IllegalArgumentException refused) {
            // The contract record's own check: its messages name fields, not values.
            return where + ": " + refused.getMessage();
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + ": not a valid " + mismatch.getTargetType().getSimpleName();
        }
        if (failure instanceof StreamReadException) {
            return where + ": not JSON" + location(failure);
        }
        return where + ": " + failure.getClass().getSimpleName();
    }

    private static String location(JacksonException failure) {
        return failure.getLocation() == null
                ? ""
                : " (line " + failure.getLocation().getLineNr() + ", column "
                        + failure.getLocation().getColumnNr() + ")";
    }
}
