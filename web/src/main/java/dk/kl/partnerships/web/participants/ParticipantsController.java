package dk.kl.partnerships.web.participants;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Participant;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people the municipality names for a programme — up to the programme's limits of staff and of
 * politicians — added, replaced (which never changes the invoice) and removed.
 */
@Controller
class ParticipantsController {

    static final String PAGE = "/tilmeldinger/{enrolmentId}/deltagere";
    static final List<String> ROLES =
            List.of("INSTITUTION_LEADER", "SCHOOL_LEADER", "ADMINISTRATION", "OTHER", "POLITICIAN");
    private static final Map<String, String> RULE_FIELDS =
            Map.of("participant-limit-reached", "role", "politician-limit-reached", "role");

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final PendingForms pending;

    ParticipantsController(RegistrationApi registration, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping(PAGE)
    String list(@PathVariable String enrolmentId, HttpServletRequest request, Model model) {
        ParticipantForm form = new ParticipantForm();
        model.addAttribute("restored", pending.restore(request, form));
        return listPage(registration.enrolment(enrolmentId), form, model);
    }

    @PostMapping(PAGE)
    String add(
            @PathVariable String enrolmentId,
            @ModelAttribute("form") ParticipantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            Participant added = registration.addParticipant(enrolmentId, form.person());
            redirect.addFlashAttribute("notice", "participants.added");
            redirect.addFlashAttribute("noticeArgument", added.name());
            return "redirect:" + PAGE;
        } catch (ApiProblem problem) {
            if (!errors.reject(problem, result, RULE_FIELDS)) {
                throw problem;
            }
            return listPage(registration.enrolment(enrolmentId), form, model);
        }
    }

    @GetMapping(PAGE + "/{participantId}")
    String replacement(
            @PathVariable String enrolmentId,
            @PathVariable String participantId,
            HttpServletRequest request,
            Model model) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        Participant participant = participant(enrolment, participantId);
        ParticipantForm form = ParticipantForm.of(participant);
        model.addAttribute("restored", pending.restore(request, form));
        return replacePage(enrolment, participant, form, model);
    }

    @PostMapping(PAGE + "/{participantId}")
    String replace(
            @PathVariable String enrolmentId,
            @PathVariable String participantId,
            @ModelAttribute("form") ParticipantForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        Participant replaced = participant(enrolment, participantId);
        try {
            Participant replacement = registration.replaceParticipant(enrolmentId, participantId, form.person());
            redirect.addFlashAttribute("notice", "participants.replaced");
            redirect.addFlashAttribute("noticeArgument", replaced.name() + " → " + replacement.name());
            return "redirect:" + PAGE;
        } catch (ApiProblem problem) {
            if (!errors.reject(problem, result, RULE_FIELDS)) {
                throw problem;
            }
            return replacePage(enrolment, replaced, form, model);
        }
    }

    @PostMapping(PAGE + "/{participantId}/fjern")
    String remove(@PathVariable String enrolmentId, @PathVariable String participantId, RedirectAttributes redirect) {
        Participant removed = participant(registration.enrolment(enrolmentId), participantId);
        registration.removeParticipant(enrolmentId, participantId);
        redirect.addFlashAttribute("notice", "participants.removed");
        redirect.addFlashAttribute("noticeArgument", removed.name());
        return "redirect:" + PAGE;
    }

    private static Participant participant(Enrolment enrolment, String participantId) {
        return enrolment.participants().stream()
                .filter(p -> p.id().equals(participantId))
                .findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No such participant"));
    }

    private String listPage(Enrolment enrolment, ParticipantForm form, Model model) {
        Programme programme = registration.programme(enrolment.programmeId());
        long politicians = enrolment.participants().stream()
                .filter(Participant::isPolitician)
                .count();
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("programme", programme);
        model.addAttribute("staff", enrolment.participants().size() - politicians);
        model.addAttribute("politicians", politicians);
        model.addAttribute("roles", ROLES);
        model.addAttribute("form", form);
        return "participants";
    }

    private String replacePage(Enrolment enrolment, Participant participant, ParticipantForm form, Model model) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("programme", registration.programme(enrolment.programmeId()));
        model.addAttribute("participant", participant);
        model.addAttribute("roles", ROLES);
        model.addAttribute("form", form);
        return "participant";
    }
}
