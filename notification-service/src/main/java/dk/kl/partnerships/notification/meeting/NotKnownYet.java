package dk.kl.partnerships.notification.meeting;

/**
 * An event refers to something whose own event has not arrived yet (they travel on different
 * topics); handling it again shortly after will find it. The consumers retry it as such
 * ({@code awaitingOn}).
 */
public class NotKnownYet extends RuntimeException {

    public NotKnownYet(String what) {
        super("Not known yet: " + what);
    }
}
