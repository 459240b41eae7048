package dk.kl.partnerships.web.selfevaluation;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.Download;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi.SelfEvaluation;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.signin.PlatformUser;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's self-evaluations in a programme: a form per dimension with the text of every
 * score level, saved as a draft as often as wanted and submitted once complete; then benchlearning —
 * the municipality's scores next to its network's and the programme's.
 */
@Controller
class SelfEvaluationController {

    static final String LIST = "/tilmeldinger/{enrolmentId}/selvevalueringer";
    static final String PAGE = "/selvevalueringer/{id}";

    private final RegistrationApi registration;
    private final EvaluationApi evaluation;
    private final FormErrors errors;
    private final PendingForms pending;

    SelfEvaluationController(
            RegistrationApi registration, EvaluationApi evaluation, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.evaluation = evaluation;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal PlatformUser user, @PathVariable String enrolmentId, Model model) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("programme", registration.programme(enrolment.programmeId()));
        model.addAttribute(
                "evaluations",
                evaluation
                        .selfEvaluations(user.municipalityCode(), enrolment.programmeId())
                        .items());
        return "self-evaluations";
    }

    @GetMapping(PAGE)
    String form(@PathVariable String id, HttpServletRequest request, Model model) {
        SelfEvaluation selfEvaluation = evaluation.selfEvaluation(id);
        SelfEvaluationForm form = SelfEvaluationForm.of(selfEvaluation);
        model.addAttribute("restored", pending.restore(request, form));
        return page(selfEvaluation, form, model);
    }

    @PostMapping(PAGE)
    String save(
            @PathVariable String id,
            @RequestParam(defaultValue = "gem") String handling,
            @ModelAttribute("form") SelfEvaluationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                evaluation.saveAnswers(id, form.answersGiven());
                if ("indsend".equals(handling)) {
                    evaluation.submit(id);
                    redirect.addFlashAttribute("notice", "selfEvaluation.submitted");
                    return "redirect:" + PAGE.replace("{id}", id) + "/benchlearning";
                }
                redirect.addFlashAttribute("notice", "selfEvaluation.saved");
                return "redirect:" + PAGE.replace("{id}", id);
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result)) {
                    throw problem;
                }
            }
        }
        return page(evaluation.selfEvaluation(id), form, model);
    }

    @GetMapping(PAGE + "/benchlearning")
    String benchmark(@PathVariable String id, Model model) {
        SelfEvaluation selfEvaluation = evaluation.selfEvaluation(id);
        model.addAttribute("evaluation", selfEvaluation);
        model.addAttribute("programme", registration.programme(selfEvaluation.programmeId()));
        model.addAttribute(
                "benchmark",
                evaluation.benchmark(
                        selfEvaluation.programmeId(), selfEvaluation.municipalityCode(), selfEvaluation.round()));
        return "benchmark";
    }

    @GetMapping(PAGE + "/benchlearning.svg")
    ResponseEntity<byte[]> chart(@PathVariable String id) {
        SelfEvaluation selfEvaluation = evaluation.selfEvaluation(id);
        Download chart = evaluation.benchmarkChart(
                selfEvaluation.programmeId(), selfEvaluation.municipalityCode(), selfEvaluation.round());
        return ResponseEntity.ok()
                .contentType(chart.mediaType())
                .cacheControl(CacheControl.noStore())
                .body(chart.content());
    }

    private String page(SelfEvaluation selfEvaluation, SelfEvaluationForm form, Model model) {
        model.addAttribute("evaluation", selfEvaluation);
        model.addAttribute("programme", registration.programme(selfEvaluation.programmeId()));
        model.addAttribute(
                "framework", evaluation.framework(selfEvaluation.frameworkKey(), selfEvaluation.frameworkVersion()));
        model.addAttribute("form", form);
        return "self-evaluation";
    }
}
