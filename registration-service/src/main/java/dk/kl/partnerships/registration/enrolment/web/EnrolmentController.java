package dk.kl.partnerships.registration.enrolment.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.registration.enrolment.Alignment;
import dk.kl.partnerships.registration.enrolment.CouncilDecision;
import dk.kl.partnerships.registration.enrolment.Enrolling;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.enrolment.Participant;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.AlignmentRequest;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.AnswerChange;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.Approval;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.Interest;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.ParticipantRequest;
import dk.kl.partnerships.registration.enrolment.web.EnrolmentRequests.WithdrawalRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EnrolmentController {

    private final Enrolling enrolments;

    EnrolmentController(Enrolling enrolments) {
        this.enrolments = enrolments;
    }

    @PostMapping("/api/programmes/{programmeId}/enrolments")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<EnrolmentResponse> declareInterest(
            Caller caller, @PathVariable String programmeId, @Valid @RequestBody Interest request) {
        Enrolment enrolment = enrolments.declareInterest(
                caller,
                programmeId,
                request.municipalityCode(),
                request.interested(),
                request.focusAreas(),
                request.reason());
        return ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.id()))
                .body(EnrolmentResponse.of(enrolment));
    }

    @GetMapping("/api/enrolments")
    PageResponse<EnrolmentResponse> list(
            Caller caller,
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) EnrolmentState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                enrolments.list(
                        caller,
                        programmeId,
                        municipalityCode,
                        state,
                        PageResponse.request(page, size, Sort.by("municipalityCode", "programmeId"))),
                enrolment -> EnrolmentResponse.of(enrolment, caller));
    }

    @GetMapping("/api/enrolments/{id}")
    EnrolmentResponse get(Caller caller, @PathVariable String id) {
        return EnrolmentResponse.of(enrolments.get(caller, id), caller);
    }

    @PutMapping("/api/enrolments/{id}/interest")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    EnrolmentResponse changeAnswer(Caller caller, @PathVariable String id, @Valid @RequestBody AnswerChange request) {
        return EnrolmentResponse.of(
                enrolments.changeAnswer(caller, id, request.interested(), request.focusAreas(), request.reason()));
    }

    @PostMapping("/api/enrolments/{id}/alignment")
    @PreAuthorize("hasRole('KL_ADMIN')")
    EnrolmentResponse align(Caller caller, @PathVariable String id, @Valid @RequestBody AlignmentRequest request) {
        return EnrolmentResponse.of(enrolments.align(caller, id, new Alignment(request.contactedOn(), request.note())));
    }

    @PostMapping("/api/enrolments/{id}/approval")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    EnrolmentResponse approve(Caller caller, @PathVariable String id, @Valid @RequestBody Approval request) {
        return EnrolmentResponse.of(enrolments.approve(
                caller,
                id,
                new CouncilDecision(
                        request.decisionDate(), request.caseReference().trim()),
                request.reason()));
    }

    @PostMapping("/api/enrolments/{id}/withdrawal")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    EnrolmentResponse withdraw(Caller caller, @PathVariable String id, @Valid @RequestBody WithdrawalRequest request) {
        return EnrolmentResponse.of(
                enrolments.withdraw(caller, id, request.reason().trim()));
    }

    @PostMapping("/api/enrolments/{id}/participants")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<Participant> registerParticipant(
            Caller caller, @PathVariable String id, @Valid @RequestBody ParticipantRequest request) {
        Participant participant = enrolments.registerParticipant(caller, id, request.person());
        return ResponseEntity.created(URI.create("/api/enrolments/" + id + "/participants/" + participant.id()))
                .body(participant);
    }

    @PutMapping("/api/enrolments/{id}/participants/{participantId}")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    Participant replaceParticipant(
            Caller caller,
            @PathVariable String id,
            @PathVariable String participantId,
            @Valid @RequestBody ParticipantRequest request) {
        return enrolments.replaceParticipant(caller, id, participantId, request.person());
    }

    @DeleteMapping("/api/enrolments/{id}/participants/{participantId}")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<Void> removeParticipant(Caller caller, @PathVariable String id, @PathVariable String participantId) {
        enrolments.removeParticipant(caller, id, participantId);
        return ResponseEntity.noContent().build();
    }
}
