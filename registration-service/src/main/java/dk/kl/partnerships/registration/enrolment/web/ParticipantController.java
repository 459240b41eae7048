package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.registration.enrolment.ParticipantErasing;
import dk.kl.partnerships.registration.enrolment.ParticipantErasing.NamedParticipant;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.ErasureRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A participant's personal data: erasure on request (KL) and the export (KL and the own municipality). */
@RestController
class ParticipantController {

    private final ParticipantErasing erasing;
    private final Clock clock;

    ParticipantController(ParticipantErasing erasing, Clock clock) {
        this.erasing = erasing;
        this.clock = clock;
    }

    @PostMapping("/api/participants/{participantId}/erasure")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ErasureResponse erase(@PathVariable String participantId, @Valid @RequestBody ErasureRequest request) {
        return ErasureResponse.of(
                erasing.eraseOnRequest(participantId, request.reason().trim()));
    }

    @GetMapping("/api/participants/{participantId}/personal-data")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    PersonalDataResponse export(Caller caller, @PathVariable String participantId) {
        NamedParticipant found = erasing.export(caller, participantId);
        return PersonalDataResponse.of(found, erasing.programmeOf(found), clock.instant());
    }
}
