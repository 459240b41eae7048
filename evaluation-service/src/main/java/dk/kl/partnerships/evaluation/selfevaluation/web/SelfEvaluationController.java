package dk.kl.partnerships.evaluation.selfevaluation.web;

import dk.kl.partnerships.evaluation.selfevaluation.Round;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluating;
import dk.kl.partnerships.evaluation.selfevaluation.SelfEvaluation;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Self-evaluations: a coordinator sees and fills in only their own municipality's; KL sees all. */
@RestController
@PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
class SelfEvaluationController {

    private final SelfEvaluating evaluations;

    SelfEvaluationController(SelfEvaluating evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/api/self-evaluations")
    PageResponse<SelfEvaluationResponse> list(
            Caller caller,
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String programmeId,
            @RequestParam(required = false) Round round,
            @RequestParam(required = false) SelfEvaluation.Status status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                evaluations.list(
                        caller,
                        municipalityCode,
                        programmeId,
                        round,
                        status,
                        PageResponse.request(page, size, Sort.by("dueOn", "_id"))),
                evaluation -> SelfEvaluationResponse.of(evaluation, evaluations.today()));
    }

    /** KL: the self-evaluations past their due date and not submitted, the longest overdue first. */
    @GetMapping("/api/self-evaluations/overdue")
    @PreAuthorize("hasRole('KL_ADMIN')")
    PageResponse<SelfEvaluationResponse> overdue(
            @RequestParam(required = false) String programmeId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                evaluations.overdue(programmeId, PageResponse.request(page, size, Sort.by("dueOn", "_id"))),
                evaluation -> SelfEvaluationResponse.of(evaluation, evaluations.today()));
    }

    @GetMapping("/api/self-evaluations/{id}")
    SelfEvaluationResponse get(Caller caller, @PathVariable String id) {
        return SelfEvaluationResponse.of(evaluations.get(caller, id), evaluations.today());
    }

    /** Saves the draft: all answers and key figures given so far (the request replaces the previous draft). */
    @PutMapping("/api/self-evaluations/{id}/answers")
    SelfEvaluationResponse saveAnswers(
            Caller caller, @PathVariable String id, @Valid @RequestBody AnswersRequest request) {
        return SelfEvaluationResponse.of(
                evaluations.saveAnswers(
                        caller, id, request.answers(), request.keyFigures() == null ? Map.of() : request.keyFigures()),
                evaluations.today());
    }

    @PostMapping("/api/self-evaluations/{id}/submission")
    SelfEvaluationResponse submit(Caller caller, @PathVariable String id) {
        return SelfEvaluationResponse.of(evaluations.submit(caller, id), evaluations.today());
    }

    record AnswersRequest(
            @NotNull @Size(max = 500) Map<String, Integer> answers,
            @Size(max = 100) Map<String, BigDecimal> keyFigures) {}
}
