package dk.kl.partnerships.kit.messaging;

/**
 * An event refers to something that another topic's event brings, and that event has not arrived
 * yet: topics are not ordered among each other, so a sign-up may come before the participant it
 * names. Retried with back-off like a transient failure, for up to
 * {@code partnerships.messaging.await-other-events}; only what is still unknown after that (its event
 * was lost or is itself dead-lettered) goes to the dead-letter topic, with this reason, to be
 * re-driven once the other event is in. A domain that must not know the kit throws its own
 * exception, which its consumer names with {@link EventConsumers.Builder#awaitingOn}.
 */
public class NotYetKnownException extends RuntimeException {

    /** @param what what is not known, e.g. {@code participant 42} */
    public NotYetKnownException(String what) {
        super("Not known yet: " + what);
    }

    /** A domain's own way of saying so, thrown by a handler. */
    public NotYetKnownException(RuntimeException failure) {
        super(failure.getMessage(), failure);
    }
}
