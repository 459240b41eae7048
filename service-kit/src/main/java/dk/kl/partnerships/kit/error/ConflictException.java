package dk.kl.partnerships.kit.error;

/** The request does not fit the resource's current state, which the caller is told. */
public class ConflictException extends RuntimeException {

    private final String currentState;

    public ConflictException(String message, String currentState) {
        super(message);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }
}
