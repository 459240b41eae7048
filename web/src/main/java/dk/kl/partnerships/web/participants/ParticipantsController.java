package dk.kl.partnerships.web.participants;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Participant;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The people the municipality names for a programme — up to the programme's limits of staff and of
 * politicians — added, replaced (which never changes the invoice) and removed; and the attendance
 * certificate of each who attended enough of the programme's theme days.
 */
@Controller
class ParticipantsController {

    static final String PAGE = "/tilmeldinger/{enrolmentId}/deltagere";
    static final List<String> ROLES =
            List.of("INSTITUTION_LEADER", "SCHOOL_LEADER", "ADMINISTRATION", "OTHER", "POLITICIAN");
    private static final Map<String, String> RULE_FIELDS =
            Map.of("participant-limit-reached", "role", "politician-limit-reached", "role");

    /** meeting-service's answer for a participant who has not attended enough theme days. */
    private static final String TOO_FEW_THEME_DAYS = "too-few-theme-days";

    private final RegistrationApi registration;
    private final MeetingApi meetings;
    private final FormErrors errors;
    private final PendingForms pending;

    ParticipantsController(RegistrationApi registration, MeetingApi meetings, FormErrors errors, PendingForms pending) {
        this.registration = registration;
        this.meetings = meetings;
        this.errors = errors;
        this.pending = pending;
    }

    @GetMapping(PAGE)
    String list(
            @PathVariable String enrolmentId,
            @RequestParam(name = "ikkeBevis", required = false) String withoutCertificate,
            HttpServletRequest request,
            Model model) {
        ParticipantForm form = new ParticipantForm();
        model.addAttribute("restored", pending.restore(request, form));
        Enrolment enrolment = registration.enrolment(enrolmentId);
        if (withoutCertificate != null) {
            enrolment.participants().stream()
                    .filter(p -> p.id().equals(withoutCertificate))
                    .findFirst()
                    .ifPresent(p -> model.addAttribute("withoutCertificate", p.name()));
        }
        return listPage(enrolment, form, model);
    }

    /**
     * The participant's certificate as a download; one who has not attended enough theme days yet
     * is sent back to the list, which says so.
     */
    @GetMapping(PAGE + "/{participantId}/deltagerbevis")
    ResponseEntity<byte[]> certificate(@PathVariable String enrolmentId, @PathVariable String participantId) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        participant(enrolment, participantId);
        try {
            return meetings.certificate(enrolment.programmeId(), participantId)
                    .asAttachment("deltagerbevis-" + participantId + ".pdf");
        } catch (ApiProblem problem) {
            if (!TOO_FEW_THEME_DAYS.equals(problem.rule()) && !problem.isNotFound()) {
                throw problem;
            }
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/tilmeldinger/" + enrolmentId + "/deltagere?ikkeBevis=" + participantId))
                    .build();
        }
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
