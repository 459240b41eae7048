package dk.kl.partnerships.notification.mail;

/** Where a message stands. */
public enum MailStatus {
    /** Waiting to be sent (again, after a failed attempt, at its next attempt time). */
    PENDING,
    /** One instance is sending it now (under a lease). */
    SENDING,
    /** The mail server accepted it. */
    SENT,
    /** Not sent: the recipient turned this kind off, or its cause no longer applied. */
    SUPPRESSED,
    /** The mail server refused it for good, or every attempt failed. */
    FAILED,
    /**
     * The sending instance stopped while handing it to the mail server: it may or may not have
     * gone out. Never sent again by itself, so that nobody gets it twice; an operator checks the
     * mail server's log for its Message-ID and resends it if needed.
     */
    UNCERTAIN
}
