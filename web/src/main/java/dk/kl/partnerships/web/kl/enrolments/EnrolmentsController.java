package dk.kl.partnerships.web.kl.enrolments;

import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Interest;
import dk.kl.partnerships.web.api.registration.RegistrationApi.NonRespondent;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.FormText;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
 * Who has answered a programme, and how: every enrolment's state, whether it came late, its ranked
 * focus areas and the council's decision; the municipalities that have not answered, one click from
 * the overview; and KL answering or recording an approval on a municipality's behalf, after the
 * deadlines too, with the reason it makes the exception.
 */
@Controller
class EnrolmentsController {

    static final String ENROLMENTS = "/kl/programmer/{id}/tilmeldinger";
    static final String NON_RESPONDENTS = "/kl/programmer/{id}/mangler-svar";
    static final String ON_BEHALF = "/kl/programmer/{id}/svar";
    static final String APPROVAL = "/kl/tilmeldinger/{enrolmentId}/godkendelse";
    /** The 98 municipalities fit one page. */
    static final int ALL = 100;
    /** The filters of the overview: a state, or all awaiting the council's approval. */
    static final List<String> FILTERS = List.of(
            "AWAITING_APPROVAL", "INTEREST_DECLARED", "ALIGNED", "JOINED", "DECLINED", "WITHDRAWN", "COMPLETED");

    private final RegistrationApi registration;
    private final FormErrors errors;
    private final PendingForms pending;
    private final Clock clock;

    EnrolmentsController(RegistrationApi registration, FormErrors errors, PendingForms pending, Clock clock) {
        this.registration = registration;
        this.errors = errors;
        this.pending = pending;
        this.clock = clock;
    }

    @GetMapping(ENROLMENTS)
    String enrolments(@PathVariable String id, @RequestParam(required = false) String status, Model model) {
        Programme programme = registration.programme(id);
        List<Enrolment> all = registration.enrolmentsOf(id, null).items();
        String filter = status != null && FILTERS.contains(status) ? status : null;
        model.addAttribute("programme", programme);
        model.addAttribute("enrolments", all.stream().filter(matching(filter)).toList());
        model.addAttribute("counts", Counts.of(all));
        model.addAttribute("notAnswered", registration.nonRespondents(id, 0, 1).totalItems());
        model.addAttribute("status", filter);
        model.addAttribute("filters", FILTERS);
        model.addAttribute("approvalOpen", !LocalDate.now(clock).isAfter(programme.approvalDeadline()));
        return "kl/enrolments";
    }

    static Predicate<Enrolment> matching(String filter) {
        if (filter == null) {
            return enrolment -> true;
        }
        if (filter.equals("AWAITING_APPROVAL")) {
            return Enrolment::awaitsApproval;
        }
        return enrolment -> enrolment.state().equals(filter);
    }

    /** How many enrolments are in each state of interest. */
    record Counts(long joined, long awaitingApproval, long declined, long late) {

        static Counts of(List<Enrolment> enrolments) {
            return new Counts(
                    enrolments.stream().filter(Enrolment::isJoined).count(),
                    enrolments.stream().filter(Enrolment::awaitsApproval).count(),
                    enrolments.stream()
                            .filter(e -> "DECLINED".equals(e.state()))
                            .count(),
                    enrolments.stream().filter(Enrolment::late).count());
        }
    }

    @GetMapping(NON_RESPONDENTS)
    String nonRespondents(@PathVariable String id, Model model) {
        Programme programme = registration.programme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("nonRespondents", registration.nonRespondents(id, 0, ALL));
        model.addAttribute("deadlinePassed", LocalDate.now(clock).isAfter(programme.interestDeadline()));
        return "kl/non-respondents";
    }

    @GetMapping(ON_BEHALF)
    String onBehalf(
            @PathVariable String id,
            @RequestParam(name = "kommune", required = false) String municipalityCode,
            HttpServletRequest request,
            Model model) {
        OnBehalfForm form = new OnBehalfForm();
        form.setMunicipalityCode(municipalityCode);
        model.addAttribute("restored", pending.restore(request, form));
        return onBehalfPage(registration.programme(id), form, model);
    }

    @PostMapping(ON_BEHALF)
    String answer(
            @PathVariable String id,
            @ModelAttribute("form") OnBehalfForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = registration.programme(id);
        if (form.getInterested() == null) {
            result.rejectValue("interested", "interest.answer.required");
        }
        if (!result.hasErrors()) {
            try {
                Enrolment enrolment = registration.declareInterest(
                        id,
                        new Interest(
                                form.getMunicipalityCode(),
                                form.getInterested(),
                                form.chosen(),
                                FormText.strip(form.getReason())));
                redirect.addFlashAttribute("notice", enrolment.late() ? "kl.onBehalf.savedLate" : "kl.onBehalf.saved");
                redirect.addFlashAttribute("noticeArgument", enrolment.municipalityName());
                return "redirect:" + NON_RESPONDENTS.replace("{id}", id);
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result, Map.of("ANSWERED", "municipalityCode"))) {
                    throw problem;
                }
            }
        }
        return onBehalfPage(programme, form, model);
    }

    @GetMapping(APPROVAL)
    String approvalForm(@PathVariable String enrolmentId, HttpServletRequest request, Model model) {
        KlApprovalForm form = new KlApprovalForm();
        model.addAttribute("restored", pending.restore(request, form));
        return approvalPage(registration.enrolment(enrolmentId), form, model);
    }

    @PostMapping(APPROVAL)
    String approve(
            @PathVariable String enrolmentId,
            @ModelAttribute("form") KlApprovalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        if (!result.hasErrors()) {
            try {
                registration.approve(enrolmentId, form.toApproval());
                redirect.addFlashAttribute("notice", "kl.approval.saved");
                redirect.addFlashAttribute("noticeArgument", enrolment.municipalityName());
                return "redirect:" + ENROLMENTS.replace("{id}", enrolment.programmeId());
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result)) {
                    throw problem;
                }
                model.addAttribute("profileMissing", "billing-profile-missing".equals(problem.rule()));
            }
        }
        return approvalPage(enrolment, form, model);
    }

    private String onBehalfPage(Programme programme, OnBehalfForm form, Model model) {
        ApiPage<NonRespondent> open = registration.nonRespondents(programme.id(), 0, ALL);
        model.addAttribute("programme", programme);
        model.addAttribute("municipalities", open.items());
        model.addAttribute("deadlinePassed", LocalDate.now(clock).isAfter(programme.interestDeadline()));
        model.addAttribute("form", form);
        return "kl/on-behalf";
    }

    private String approvalPage(Enrolment enrolment, KlApprovalForm form, Model model) {
        Programme programme = registration.programme(enrolment.programmeId());
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("programme", programme);
        model.addAttribute("deadlinePassed", LocalDate.now(clock).isAfter(programme.approvalDeadline()));
        model.addAttribute("form", form);
        return "kl/approval";
    }
}
