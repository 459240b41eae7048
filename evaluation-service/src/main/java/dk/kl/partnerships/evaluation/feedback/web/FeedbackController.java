package dk.kl.partnerships.evaluation.feedback.web;

import dk.kl.partnerships.evaluation.feedback.FeedbackGathering;
import dk.kl.partnerships.evaluation.feedback.FeedbackSummary;
import dk.kl.partnerships.kit.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FeedbackController {

    private final FeedbackGathering feedback;

    FeedbackController(FeedbackGathering feedback) {
        this.feedback = feedback;
    }

    /** An attendee's rating, given by their municipality's coordinator (or KL). */
    @PostMapping("/api/meetings/{meetingId}/feedback")
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<Void> rate(
            Caller caller, @PathVariable String meetingId, @Valid @RequestBody RatingRequest request) {
        feedback.rate(caller, meetingId, request.participantId(), request.score(), request.comment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/meetings/{meetingId}/feedback")
    @PreAuthorize("hasRole('KL_ADMIN')")
    FeedbackSummary summary(@PathVariable String meetingId) {
        return feedback.summary(meetingId);
    }

    @GetMapping("/api/networks/{networkId}/feedback")
    @PreAuthorize("hasRole('KL_ADMIN')")
    FeedbackSummary.NetworkFeedback ofNetwork(@PathVariable String networkId) {
        return feedback.ofNetwork(networkId);
    }

    record RatingRequest(
            @NotBlank String participantId,
            @Min(1) @Max(5) int score,
            @Size(max = 2000) String comment) {}
}
