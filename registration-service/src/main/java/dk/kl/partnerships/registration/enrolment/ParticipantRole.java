package dk.kl.partnerships.registration.enrolment;

/** Staff roles, counted against the participant limit, and politicians, counted against their own. */
public enum ParticipantRole {
    INSTITUTION_LEADER,
    SCHOOL_LEADER,
    ADMINISTRATION,
    OTHER,
    POLITICIAN;

    public boolean isPolitician() {
        return this == POLITICIAN;
    }
}
