package dk.kl.partnerships.web.kl.meetings;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.FormText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * One meeting as KL runs it: its sign-ups and waiting list; changing its time or place (a
 * rescheduling), cancelling it with a reason; on the day the attendance checklist (large targets for
 * a tablet) and the printable attendance list; afterwards who came and the feedback.
 */
@Controller
class MeetingController {

    static final String MEETING = "/kl/moeder/{meetingId}";

    /** A guest signed up twice is told so at the e-mail, which is how a guest is recognised. */
    private static final Map<String, String> GUEST_CONFLICTS = Map.of("CONFIRMED", "email", "WAITING", "email");

    private final MeetingApi meetings;
    private final RegistrationApi registration;
    private final EvaluationApi evaluation;
    private final MeetingFormPage formPage;
    private final FormErrors errors;

    MeetingController(
            MeetingApi meetings,
            RegistrationApi registration,
            EvaluationApi evaluation,
            MeetingFormPage formPage,
            FormErrors errors) {
        this.meetings = meetings;
        this.registration = registration;
        this.evaluation = evaluation;
        this.formPage = formPage;
        this.errors = errors;
    }

    @GetMapping(MEETING)
    String meeting(@PathVariable String meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", registration.programme(meeting.programmeId()));
        model.addAttribute("names", registration.municipalityNames());
        model.addAttribute("feedback", meeting.isHeld() ? evaluation.meetingFeedback(meetingId) : Optional.empty());
        return "kl/meeting";
    }

    @GetMapping(MEETING + "/rediger")
    String edit(@PathVariable String meetingId, Model model) {
        Meeting meeting = scheduled(meetingId);
        return formPage.show(registration.programme(meeting.programmeId()), meeting, MeetingForm.of(meeting), model);
    }

    @PostMapping(MEETING + "/rediger")
    String revise(
            @PathVariable String meetingId,
            @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = scheduled(meetingId);
        form.setKind(meeting.kind());
        form.setNetworkId(meeting.networkId());
        if (!result.hasErrors()) {
            try {
                meetings.revise(meetingId, form.request(meeting.programmeId()));
                redirect.addFlashAttribute("notice", "kl.meeting.revised");
                return "redirect:" + MEETING;
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result, MeetingFormPage.BOOKING_FIELDS)) {
                    throw problem;
                }
            }
        }
        return formPage.show(registration.programme(meeting.programmeId()), meeting, form, model);
    }

    @GetMapping(MEETING + "/aflysning")
    String cancellation(@PathVariable String meetingId, Model model) {
        return cancelPage(scheduled(meetingId), new CancellationForm(), model);
    }

    @PostMapping(MEETING + "/aflysning")
    String cancel(
            @PathVariable String meetingId,
            @ModelAttribute("form") CancellationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = scheduled(meetingId);
        try {
            meetings.cancel(meetingId, FormText.strip(form.getReason()));
            redirect.addFlashAttribute("notice", "kl.meeting.cancelled");
            redirect.addFlashAttribute("noticeArgument", meeting.title());
            return "redirect:" + MEETING;
        } catch (ApiProblem problem) {
            if (!errors.reject(problem, result)) {
                throw problem;
            }
        }
        return cancelPage(meeting, form, model);
    }

    /** An outside guest for an open meeting or the follow-up group; their organisation is invoiced a fee. */
    @GetMapping(MEETING + "/gaest")
    String guest(@PathVariable String meetingId, Model model) {
        return guestPage(welcomingGuests(meetingId), new GuestForm(), model);
    }

    @PostMapping(MEETING + "/gaest")
    String signUpGuest(
            @PathVariable String meetingId,
            @ModelAttribute("form") GuestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = welcomingGuests(meetingId);
        try {
            MeetingApi.SignUp signUp = meetings.signUpGuest(meetingId, form.request());
            redirect.addFlashAttribute("notice", signUp.isWaiting() ? "kl.guest.waiting" : "kl.guest.signedUp");
            redirect.addFlashAttribute("noticeArgument", signUp.name());
            return "redirect:" + MEETING;
        } catch (ApiProblem problem) {
            if (!errors.reject(problem, result, GUEST_CONFLICTS)) {
                throw problem;
            }
        }
        return guestPage(meeting, form, model);
    }

    /** The checklist; once the meeting is held, the same list filled in, to correct with a reason. */
    @GetMapping(MEETING + "/fremmoede")
    String attendance(@PathVariable String meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        if (meeting.isHeld()) {
            return correctionPage(
                    meeting,
                    meeting.attendees(),
                    meeting.walkIns().stream().map(MeetingApi.WalkIn::id).toList(),
                    new WalkInFields(null, null, null),
                    null,
                    PageErrors.NONE,
                    model);
        }
        return attendancePage(meeting, List.of(), new WalkInFields(null, null, null), PageErrors.NONE, model);
    }

    /**
     * The corrected attendance of a held meeting: who came, which recorded walk-ins stay, perhaps one
     * more walk-in, and why. Billing credits or invoices the difference in fees.
     */
    @PostMapping(MEETING + "/fremmoede/rettelse")
    String correctAttendance(
            @PathVariable String meetingId,
            @RequestParam(name = "participantIds", required = false) List<String> attended,
            @RequestParam(name = "keptWalkIns", required = false) List<String> keptWalkIns,
            @RequestParam(name = "walkInName", required = false) String walkInName,
            @RequestParam(name = "walkInEmail", required = false) String walkInEmail,
            @RequestParam(name = "walkInMunicipality", required = false) String walkInMunicipality,
            @RequestParam(name = "reason", required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(meetingId);
        List<String> ticked = attended == null ? List.of() : attended;
        List<String> kept = keptWalkIns == null ? List.of() : keptWalkIns;
        WalkInFields walkIn = new WalkInFields(walkInName, walkInEmail, walkInMunicipality);
        List<MeetingApi.WalkInRequest> walkIns = new ArrayList<>();
        meeting.walkIns().stream()
                .filter(w -> kept.contains(w.id()))
                .map(w -> new MeetingApi.WalkInRequest(w.name(), w.email(), w.municipalityCode()))
                .forEach(walkIns::add);
        walkIns.addAll(walkIn.requests());
        try {
            Meeting corrected = meetings.correctAttendance(
                    meetingId, ticked, walkIns, FormText.blankToNull(FormText.strip(reason)));
            redirect.addFlashAttribute("notice", "kl.attendance.corrected");
            redirect.addFlashAttribute("noticeArgument", corrected.attendees().size());
            return "redirect:" + MEETING;
        } catch (ApiProblem problem) {
            String message = errors.message(problem);
            if (message == null) {
                throw problem;
            }
            return correctionPage(meeting, ticked, kept, walkIn, reason, PageErrors.of(problem, message), model);
        }
    }

    /** Where a refusal of the attendance form is shown: above the form, at the walk-in, at the reason. */
    record PageErrors(String summary, String walkIn, String reason) {

        static final PageErrors NONE = new PageErrors(null, null, null);

        /** The message at the field the refusal names first, or above the form. */
        static PageErrors of(ApiProblem problem, String message) {
            String field = problem.fieldErrors().isEmpty()
                    ? ""
                    : problem.fieldErrors().get(0).field();
            if (field.equals("reason")) {
                return new PageErrors(null, null, message);
            }
            return field.startsWith("walkIns")
                    ? new PageErrors(null, message, null)
                    : new PageErrors(message, null, null);
        }
    }

    /** Who came, and perhaps one walk-in who came in place of a participant of a municipality. */
    @PostMapping(MEETING + "/fremmoede")
    String recordAttendance(
            @PathVariable String meetingId,
            @RequestParam(name = "participantIds", required = false) List<String> attended,
            @RequestParam(name = "walkInName", required = false) String walkInName,
            @RequestParam(name = "walkInEmail", required = false) String walkInEmail,
            @RequestParam(name = "walkInMunicipality", required = false) String walkInMunicipality,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(meetingId);
        List<String> ticked = attended == null ? List.of() : attended;
        WalkInFields walkIn = new WalkInFields(walkInName, walkInEmail, walkInMunicipality);
        try {
            Meeting held = meetings.recordAttendance(meetingId, ticked, walkIn.requests());
            redirect.addFlashAttribute("notice", "kl.attendance.recorded");
            redirect.addFlashAttribute("noticeArgument", held.attendees().size());
            return "redirect:" + MEETING;
        } catch (ApiProblem problem) {
            String message = errors.message(problem);
            if (message == null) {
                throw problem;
            }
            return attendancePage(meeting, ticked, walkIn, PageErrors.of(problem, message), model);
        }
    }

    /** The walk-in fields of the attendance form, as typed; none when no name is given. */
    record WalkInFields(String name, String email, String municipalityCode) {

        List<MeetingApi.WalkInRequest> requests() {
            String typed = FormText.blankToNull(FormText.strip(name));
            if (typed == null) {
                return List.of();
            }
            return List.of(new MeetingApi.WalkInRequest(
                    typed, FormText.blankToNull(FormText.strip(email)), FormText.blankToNull(municipalityCode)));
        }
    }

    /** The list to print and sign at the door: everyone with a confirmed seat, by municipality. */
    @GetMapping(MEETING + "/deltagerliste")
    String printable(@PathVariable String meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", registration.programme(meeting.programmeId()));
        model.addAttribute(
                "groups", MunicipalitySeats.of(meeting.confirmedSignUps(), registration.municipalityNames()));
        return "kl/attendance-list";
    }

    /** The checklist; a refused one keeps the ticks and the walk-in, to send again. */
    private String attendancePage(
            Meeting meeting, List<String> ticked, WalkInFields walkIn, PageErrors pageErrors, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("ticked", ticked);
        model.addAttribute("walkIn", walkIn);
        model.addAttribute("programme", registration.programme(meeting.programmeId()));
        model.addAttribute(
                "groups", MunicipalitySeats.of(meeting.confirmedSignUps(), registration.municipalityNames()));
        model.addAttribute("attendanceError", pageErrors.summary());
        model.addAttribute("walkInError", pageErrors.walkIn());
        model.addAttribute("correcting", false);
        return "kl/attendance";
    }

    /** The held meeting's checklist to correct; a refused one keeps what was typed and ticked. */
    private String correctionPage(
            Meeting meeting,
            List<String> ticked,
            List<String> keptWalkIns,
            WalkInFields walkIn,
            String reason,
            PageErrors pageErrors,
            Model model) {
        attendancePage(meeting, ticked, walkIn, pageErrors, model);
        model.addAttribute("correcting", true);
        model.addAttribute("keptWalkIns", keptWalkIns);
        model.addAttribute("names", registration.municipalityNames());
        model.addAttribute("reason", reason);
        model.addAttribute("reasonError", pageErrors.reason());
        return "kl/attendance";
    }

    private String guestPage(Meeting meeting, GuestForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", registration.programme(meeting.programmeId()));
        model.addAttribute("form", form);
        return "kl/guest";
    }

    /** Only a scheduled open meeting or follow-up group meeting takes guests. */
    private Meeting welcomingGuests(String meetingId) {
        Meeting meeting = scheduled(meetingId);
        if (!meeting.welcomesGuests()) {
            throw ApiProblem.notFound("Meeting " + meetingId + " takes no guests");
        }
        return meeting;
    }

    private String cancelPage(Meeting meeting, CancellationForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("programme", registration.programme(meeting.programmeId()));
        model.addAttribute("form", form);
        return "kl/cancel";
    }

    /** Only a scheduled meeting changes; a cancelled or held one is shown as it is. */
    private Meeting scheduled(String meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!meeting.isScheduled()) {
            throw ApiProblem.notFound("Meeting " + meetingId + " is " + meeting.status());
        }
        return meeting;
    }

    /** Why KL cancels a meeting: participants are told. */
    public static class CancellationForm {

        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
