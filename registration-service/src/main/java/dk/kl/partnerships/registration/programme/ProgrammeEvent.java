package dk.kl.partnerships.registration.programme;

import java.time.Instant;
import java.time.LocalDate;

/** What happened to a programme that others need to know, as facts complete in themselves. */
public sealed interface ProgrammeEvent {

    String programmeId();

    /**
     * KL published the programme on these terms, to be evaluated against the framework with this
     * key; municipalities may now declare interest.
     */
    record Published(String programmeId, ProgrammeTerms terms, String frameworkKey, Instant publishedAt)
            implements ProgrammeEvent {}

    /** The programme ended. */
    record Completed(String programmeId, LocalDate completedOn) implements ProgrammeEvent {}
}
