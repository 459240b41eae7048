package dk.kl.partnerships.registration.enrolment;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.time.Instant;

/**
 * KL accepted something after its deadline (an answer after the interest deadline, a council
 * decision after the approval deadline), and why: an exception to the programme's terms is never
 * made without a reason on record.
 */
public record DeadlineOverride(String reason, Instant at) {

    public static final int MAX_REASON = 1000;

    /** KL's override now, refused unless it gives its reason. */
    static DeadlineOverride by(String reason, Instant now, String deadline) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty()) {
            throw new InvalidFieldException("reason", "must say why KL accepts this after the " + deadline);
        }
        if (given.length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "must be at most " + MAX_REASON + " characters");
        }
        return new DeadlineOverride(given, now);
    }
}
