package dk.kl.partnerships.web.kl.meetings;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.evaluation.EvaluationApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.FormText;
import java.util.List;
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

    @GetMapping(MEETING + "/fremmoede")
    String attendance(@PathVariable String meetingId, Model model) {
        Meeting meeting = meetings.meeting(meetingId);
        return attendancePage(meeting, List.of(), null, model);
    }

    @PostMapping(MEETING + "/fremmoede")
    String recordAttendance(
            @PathVariable String meetingId,
            @RequestParam(name = "participantIds", required = false) List<String> attended,
            Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(meetingId);
        try {
            Meeting held = meetings.recordAttendance(meetingId, attended == null ? List.of() : attended);
            redirect.addFlashAttribute("notice", "kl.attendance.recorded");
            redirect.addFlashAttribute("noticeArgument", held.attendees().size());
            return "redirect:" + MEETING;
        } catch (ApiProblem problem) {
            String message = errors.message(problem);
            if (message == null) {
                throw problem;
            }
            return attendancePage(meeting, attended == null ? List.of() : attended, message, model);
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

    /** The checklist; a refused one keeps the ticks, to send again. */
    private String attendancePage(Meeting meeting, List<String> ticked, String error, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("ticked", ticked);
        model.addAttribute("programme", registration.programme(meeting.programmeId()));
        model.addAttribute(
                "groups", MunicipalitySeats.of(meeting.confirmedSignUps(), registration.municipalityNames()));
        model.addAttribute("attendanceError", error);
        return "kl/attendance";
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
