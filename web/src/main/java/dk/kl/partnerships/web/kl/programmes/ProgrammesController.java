package dk.kl.partnerships.web.kl.programmes;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
 * KL's programmes: drafted, revised while a draft, published after a preview of what publishing
 * commits to (price and instalment plan never change afterwards), and completed at the end.
 */
@Controller
class ProgrammesController {

    static final String PROGRAMME = "/kl/programmer/{id}";
    static final int PAGE_SIZE = 20;
    static final List<String> KINDS = List.of("PARTNERSHIP", "NETWORK");

    /** The quality frameworks a programme can be created with (registration-service's known frameworks). */
    static final List<String> FRAMEWORKS = List.of("dagtilbud", "sfo-klub");

    static final List<String> STATUSES = List.of("DRAFT", "PUBLISHED", "COMPLETED");

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final PendingForms pending;

    ProgrammesController(RegistrationApi registration, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping("/kl/programmer")
    String list(
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int side, Model model) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("programmes", registration.programmes(filter, Math.max(side, 0), PAGE_SIZE));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        return "kl/programmes";
    }

    @GetMapping("/kl/programmer/nyt")
    String newProgramme(HttpServletRequest request, Model model) {
        ProgrammeForm form = new ProgrammeForm();
        model.addAttribute("restored", pending.restore(request, form));
        return formPage(null, form, model);
    }

    @PostMapping("/kl/programmer/nyt")
    String create(
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Programme created = registration.createProgramme(form.terms());
                redirect.addFlashAttribute("notice", "kl.programme.created");
                redirect.addFlashAttribute("noticeArgument", created.title());
                return "redirect:" + PROGRAMME.replace("{id}", created.id());
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result)) {
                    throw problem;
                }
            }
        }
        return formPage(null, form, model);
    }

    @GetMapping(PROGRAMME)
    String programme(@PathVariable String id, Model model) {
        model.addAttribute("programme", registration.programme(id));
        return "kl/programme";
    }

    @GetMapping(PROGRAMME + "/rediger")
    String edit(@PathVariable String id, HttpServletRequest request, Model model) {
        Programme programme = draft(id);
        ProgrammeForm form = ProgrammeForm.of(programme);
        model.addAttribute("restored", pending.restore(request, form));
        return formPage(programme, form, model);
    }

    @PostMapping(PROGRAMME + "/rediger")
    String revise(
            @PathVariable String id,
            @ModelAttribute("form") ProgrammeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = draft(id);
        if (!result.hasErrors()) {
            try {
                registration.reviseProgramme(id, form.terms());
                redirect.addFlashAttribute("notice", "kl.programme.revised");
                return "redirect:" + PROGRAMME;
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result)) {
                    throw problem;
                }
            }
        }
        return formPage(programme, form, model);
    }

    /** What publishing commits to, before KL publishes. */
    @GetMapping(PROGRAMME + "/offentliggoerelse")
    String preview(@PathVariable String id, Model model) {
        Programme programme = draft(id);
        model.addAttribute("programme", programme);
        model.addAttribute("instalments", InstalmentPreview.of(programme));
        return "kl/publish";
    }

    @PostMapping(PROGRAMME + "/offentliggoerelse")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        Programme published = registration.publish(id);
        redirect.addFlashAttribute("notice", "kl.programme.published");
        redirect.addFlashAttribute("noticeArgument", published.title());
        return "redirect:" + PROGRAMME;
    }

    @GetMapping(PROGRAMME + "/afslutning")
    String completion(@PathVariable String id, Model model) {
        Programme programme = registration.programme(id);
        if (!programme.isPublished()) {
            throw ApiProblem.notFound("Only a published programme can be completed");
        }
        model.addAttribute("programme", programme);
        return "kl/complete";
    }

    @PostMapping(PROGRAMME + "/afslutning")
    String complete(@PathVariable String id, RedirectAttributes redirect) {
        Programme completed = registration.complete(id);
        redirect.addFlashAttribute("notice", "kl.programme.completed");
        redirect.addFlashAttribute("noticeArgument", completed.title());
        return "redirect:" + PROGRAMME;
    }

    /** Only a draft is edited or published: a published programme's page says why it cannot be. */
    private Programme draft(String id) {
        Programme programme = registration.programme(id);
        if (!programme.isDraft()) {
            throw ApiProblem.notFound("Programme " + id + " is no longer a draft");
        }
        return programme;
    }

    private String formPage(Programme programme, ProgrammeForm form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("frameworks", FRAMEWORKS);
        return "kl/programme-form";
    }
}
