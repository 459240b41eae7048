package dk.kl.partnerships.registration.programme;

import java.time.LocalDate;

/** What happens to a programme that others need to know. */
public sealed interface ProgrammeEvent {

    record Published(Programme programme) implements ProgrammeEvent {}

    record Completed(String programmeId, LocalDate completedOn) implements ProgrammeEvent {}
}
