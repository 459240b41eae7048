package dk.kl.partnerships.web.approval;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording the council's approval, which makes the municipality a member of the programme. */
@Controller
class ApprovalController {

    private static final String PAGE = "/tilmeldinger/{enrolmentId}/godkendelse";
    private static final Map<String, String> RULE_FIELDS = Map.of("approval-deadline-passed", "decisionDate");

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final PendingForms pending;

    ApprovalController(RegistrationApi registration, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping(PAGE)
    String form(@PathVariable String enrolmentId, HttpServletRequest request, Model model) {
        ApprovalForm form = new ApprovalForm();
        model.addAttribute("restored", pending.restore(request, form));
        return page(registration.enrolment(enrolmentId), form, model);
    }

    @PostMapping(PAGE)
    String approve(
            @PathVariable String enrolmentId,
            @ModelAttribute("form") ApprovalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        if (!result.hasErrors()) {
            try {
                registration.approve(enrolmentId, form.toApproval());
                redirect.addFlashAttribute("notice", "approval.saved");
                redirect.addFlashAttribute(
                        "noticeArgument",
                        registration.programme(enrolment.programmeId()).title());
                return "redirect:/";
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result, RULE_FIELDS)) {
                    throw problem;
                }
                model.addAttribute("profileMissing", "billing-profile-missing".equals(problem.rule()));
            }
        }
        return page(enrolment, form, model);
    }

    private String page(Enrolment enrolment, ApprovalForm form, Model model) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("programme", registration.programme(enrolment.programmeId()));
        model.addAttribute("form", form);
        return "approval";
    }
}
