package dk.kl.partnerships.registration.programme;

/** A programme is prepared as a draft, published to the municipalities, and completed at its end. */
public enum ProgrammeStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED
}
