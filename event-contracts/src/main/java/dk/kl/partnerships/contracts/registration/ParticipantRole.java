package dk.kl.partnerships.contracts.registration;

/** What a named participant is: one of the staff roles, or a politician. */
public enum ParticipantRole {
    INSTITUTION_LEADER,
    SCHOOL_LEADER,
    ADMINISTRATION,
    OTHER,
    POLITICIAN
}
