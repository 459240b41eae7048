package dk.kl.partnerships.kit.messaging;

/**
 * A record that can never be processed: missing or wrong CloudEvents headers, or a payload that is
 * not a valid event of its type. Retrying cannot help, so it goes straight to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
