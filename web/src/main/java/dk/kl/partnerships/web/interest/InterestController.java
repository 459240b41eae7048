package dk.kl.partnerships.web.interest;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Interest;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.signin.PlatformUser;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Answering a programme's invitation: yes, with ranked focus areas, or no — either way KL wants an answer. */
@Controller
class InterestController {

    private static final String PAGE = "/programmer/{programmeId}/interesse";

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final PendingForms pending;

    InterestController(RegistrationApi registration, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping(PAGE)
    String form(@PathVariable String programmeId, HttpServletRequest request, Model model) {
        InterestForm form = new InterestForm();
        model.addAttribute("restored", pending.restore(request, form));
        return page(registration.programme(programmeId), form, model);
    }

    @PostMapping(PAGE)
    String answer(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String programmeId,
            @ModelAttribute("form") InterestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = registration.programme(programmeId);
        if (form.getInterested() == null) {
            result.rejectValue("interested", "interest.answer.required");
        }
        if (!result.hasErrors()) {
            try {
                registration.declareInterest(
                        programmeId, new Interest(user.municipalityCode(), form.getInterested(), form.chosen(), null));
                redirect.addFlashAttribute("notice", form.getInterested() ? "interest.saved.yes" : "interest.saved.no");
                redirect.addFlashAttribute("noticeArgument", programme.title());
                return "redirect:/";
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result, Map.of("interest-deadline-passed", "interested"))) {
                    throw problem;
                }
            }
        }
        return page(programme, form, model);
    }

    private static String page(Programme programme, InterestForm form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        return "interest";
    }
}
