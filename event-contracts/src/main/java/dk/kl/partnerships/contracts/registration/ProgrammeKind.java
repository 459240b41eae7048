package dk.kl.partnerships.contracts.registration;

/** A two-year partnership or a twelve-month network programme. */
public enum ProgrammeKind {
    PARTNERSHIP,
    NETWORK
}
