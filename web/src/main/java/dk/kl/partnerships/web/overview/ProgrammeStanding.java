package dk.kl.partnerships.web.overview;

import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import java.time.LocalDate;

/**
 * Where the municipality stands in one programme and what it must do next, by when.
 *
 * @param state        the enrolment's state, or {@code NOT_ANSWERED}
 * @param deadlineKind what the next deadline is for ({@code interest}, {@code approval}, the programme's {@code start}), or null
 */
public record ProgrammeStanding(
        Programme programme,
        Enrolment enrolment,
        String state,
        String deadlineKind,
        LocalDate deadline,
        boolean mayAnswer,
        boolean mayApprove) {

    static ProgrammeStanding of(Programme programme, Enrolment enrolment, LocalDate today) {
        if (enrolment == null) {
            boolean open = programme.isPublished() && !today.isAfter(programme.interestDeadline());
            return new ProgrammeStanding(
                    programme,
                    null,
                    "NOT_ANSWERED",
                    open ? "interest" : null,
                    open ? programme.interestDeadline() : null,
                    open,
                    false);
        }
        if (enrolment.awaitsApproval()) {
            boolean open = !today.isAfter(programme.approvalDeadline());
            return new ProgrammeStanding(
                    programme,
                    enrolment,
                    enrolment.state(),
                    open ? "approval" : null,
                    open ? programme.approvalDeadline() : null,
                    false,
                    open);
        }
        boolean starting = enrolment.isJoined() && programme.startsOn().isAfter(today);
        return new ProgrammeStanding(
                programme,
                enrolment,
                enrolment.state(),
                starting ? "start" : null,
                starting ? programme.startsOn() : null,
                false,
                false);
    }
}
