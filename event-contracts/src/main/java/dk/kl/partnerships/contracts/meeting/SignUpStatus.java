package dk.kl.partnerships.contracts.meeting;

/** Where a participant's sign-up stands. */
public enum SignUpStatus {
    /** A seat is the participant's. */
    CONFIRMED,
    /** On the waiting list; the first waiting gets the next free seat. */
    WAITING
}
