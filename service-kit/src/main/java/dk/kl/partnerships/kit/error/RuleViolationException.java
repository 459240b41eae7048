package dk.kl.partnerships.kit.error;

/** A well-formed request that a business rule refuses (a deadline passed, a limit reached, …). */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    /** @param rule a short stable name of the rule, e.g. {@code interest-deadline-passed} */
    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
