package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.registration.enrolment.DeadlineOverride;
import dk.kl.partnerships.registration.enrolment.Enrolling.NewParticipant;
import dk.kl.partnerships.registration.enrolment.ParticipantRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The request bodies of the enrolment endpoints: only what the caller may decide, never state or ownership. */
final class EnrolmentRequests {

    private EnrolmentRequests() {}

    /** An answer; after the interest deadline KL gives the {@code reason} it accepts it. */
    record Interest(
            @NotBlank @Pattern(regexp = "\\d{3}", message = "must be a 3-digit municipality code")
            String municipalityCode,

            @NotNull Boolean interested,
            @Size(max = 3) List<@NotBlank String> focusAreas,
            @Size(max = DeadlineOverride.MAX_REASON) String reason) {}

    /** A changed answer; after the interest deadline KL gives the {@code reason} it accepts it. */
    record AnswerChange(
            @NotNull Boolean interested,
            @Size(max = 3) List<@NotBlank String> focusAreas,
            @Size(max = DeadlineOverride.MAX_REASON) String reason) {}

    record AlignmentRequest(
            @NotNull LocalDate contactedOn,
            @Size(max = 2000) String note) {}

    /** The council's decision; after the approval deadline KL gives the {@code reason} it accepts it. */
    record Approval(
            @NotNull LocalDate decisionDate,
            @NotBlank @Size(max = 100) String caseReference,
            @Size(max = DeadlineOverride.MAX_REASON) String reason) {}

    record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {}

    /** KL's reason for erasing a participant: whose request, and when. */
    record ErasureRequest(@NotBlank @Size(max = 1000) String reason) {}

    record ParticipantRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull ParticipantRole role) {

        NewParticipant person() {
            return new NewParticipant(name.trim(), email.trim(), role);
        }
    }
}
