package dk.kl.partnerships.evaluation.registration.web;

import dk.kl.partnerships.evaluation.registration.ParticipationTracking;
import dk.kl.partnerships.evaluation.registration.ProgrammeView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Which quality framework a programme's municipalities evaluate themselves against. */
@RestController
class ProgrammeController {

    private final ParticipationTracking programmes;

    ProgrammeController(ParticipationTracking programmes) {
        this.programmes = programmes;
    }

    @GetMapping("/api/programmes/{programmeId}/evaluation")
    ProgrammeView get(@PathVariable String programmeId) {
        return programmes.programme(programmeId);
    }

    /** KL chooses the framework of the self-evaluations still to be requested. */
    @PutMapping("/api/programmes/{programmeId}/evaluation")
    @PreAuthorize("hasRole('KL_ADMIN')")
    ProgrammeView choose(@PathVariable String programmeId, @Valid @RequestBody FrameworkChoice request) {
        return programmes.evaluateAgainst(programmeId, request.frameworkKey());
    }

    record FrameworkChoice(@NotBlank String frameworkKey) {}
}
