package dk.kl.partnerships.web.meetings;

import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Enrolment;
import dk.kl.partnerships.web.signin.PlatformUser;
import dk.kl.partnerships.web.support.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The programme's coming meetings with a seat for each of the municipality's participants: signed
 * up, on the waiting list (at which place) or not; and the calendar feed to subscribe to. Signing up
 * or off updates only that meeting on the page (htmx), or the whole page without scripts.
 */
@Controller
class MeetingsController {

    static final String PAGE = "/tilmeldinger/{enrolmentId}/moeder";
    static final int PAGE_SIZE = 10;

    private final RegistrationApi registration;
    private final MeetingApi meetings;
    private final FormErrors errors;
    private final Clock clock;

    MeetingsController(RegistrationApi registration, MeetingApi meetings, FormErrors errors, Clock clock) {
        this.registration = registration;
        this.meetings = meetings;
        this.errors = errors;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String meetings(
            @AuthenticationPrincipal PlatformUser user,
            @PathVariable String enrolmentId,
            @RequestParam(defaultValue = "0") int side,
            Model model) {
        Enrolment enrolment = registration.enrolment(enrolmentId);
        ApiPage<Meeting> page =
                meetings.meetings(enrolment.programmeId(), LocalDate.now(clock), Math.max(side, 0), PAGE_SIZE);
        String feed = meetings.calendar(user.municipalityCode()).url();
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("programme", registration.programme(enrolment.programmeId()));
        model.addAttribute("meetings", page);
        model.addAttribute(
                "calendarUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(feed)
                        .build()
                        .toUriString());
        return "meetings";
    }

    @PostMapping(PAGE + "/{meetingId}/tilmelding")
    String signUp(
            @PathVariable String enrolmentId,
            @PathVariable String meetingId,
            @RequestParam String participantId,
            @RequestParam(defaultValue = "0") int side,
            RedirectAttributes redirect) {
        try {
            MeetingApi.SignUp signUp = meetings.signUp(meetingId, participantId);
            redirect.addFlashAttribute("meetingNotice", signUp.isWaiting() ? "meetings.waiting" : "meetings.confirmed");
            redirect.addFlashAttribute("meetingNoticeArgument", signUp.waitingPosition());
        } catch (ApiProblem problem) {
            refused(problem, redirect);
        }
        return back(enrolmentId, meetingId, side, redirect);
    }

    @PostMapping(PAGE + "/{meetingId}/afmelding")
    String signOff(
            @PathVariable String enrolmentId,
            @PathVariable String meetingId,
            @RequestParam String signUpId,
            @RequestParam(defaultValue = "0") int side,
            RedirectAttributes redirect) {
        try {
            meetings.cancelSignUp(meetingId, signUpId);
            redirect.addFlashAttribute("meetingNotice", "meetings.cancelled");
        } catch (ApiProblem problem) {
            refused(problem, redirect);
        }
        return back(enrolmentId, meetingId, side, redirect);
    }

    private void refused(ApiProblem problem, RedirectAttributes redirect) {
        String message = errors.message(problem);
        if (message == null) {
            throw problem;
        }
        redirect.addFlashAttribute("meetingError", message);
    }

    private static String back(String enrolmentId, String meetingId, int side, RedirectAttributes redirect) {
        redirect.addFlashAttribute("meetingId", meetingId);
        return "redirect:" + PAGE.replace("{enrolmentId}", enrolmentId) + "?side=" + side + "#moede-" + meetingId;
    }
}
