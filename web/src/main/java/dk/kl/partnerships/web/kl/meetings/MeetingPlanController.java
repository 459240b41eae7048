package dk.kl.partnerships.web.kl.meetings;

import dk.kl.partnerships.web.api.ApiProblem;
import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.meeting.MeetingApi.MeetingPlan;
import dk.kl.partnerships.web.api.meeting.MeetingApi.NetworkPlan;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Network;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import dk.kl.partnerships.web.support.FormErrors;
import dk.kl.partnerships.web.support.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * A programme's meeting plan — per network its five theme days and the visits (which members have
 * hosted one, which not yet), and the programme's seminars, kick-off and follow-up group — with what
 * is missing; and scheduling a meeting, where a double booking of the network's day or of the venue is
 * refused at the field it concerns.
 */
@Controller
class MeetingPlanController {

    static final String PLAN = "/kl/programmer/{id}/moedeplan";
    static final String SCHEDULE = "/kl/programmer/{id}/moeder/nyt";
    static final List<String> PROGRAMME_WIDE =
            List.of("KICKOFF", "CROSS_NETWORK_SEMINAR", "FOLLOW_UP_GROUP", "OPEN_THEME_MEETING");

    private final RegistrationApi registration;
    private final MeetingApi meetings;
    private final MeetingFormPage formPage;
    private final FormErrors errors;
    private final PendingForms pending;

    MeetingPlanController(
            RegistrationApi registration,
            MeetingApi meetings,
            MeetingFormPage formPage,
            FormErrors errors,
            PendingForms pending) {
        this.registration = registration;
        this.meetings = meetings;
        this.formPage = formPage;
        this.errors = errors;
        this.pending = pending;
    }

    /** One network's part of the plan; {@code plan} is null until meeting-service has heard of the network. */
    record NetworkSchedule(
            Network network,
            NetworkPlan plan,
            List<Meeting> themeDays,
            List<Meeting> visits,
            List<String> hostsMissing) {

        public int themeDaysMissing() {
            return plan == null ? 0 : Math.max(0, plan.themeDaysPlanned() - plan.themeDaysScheduled());
        }
    }

    /** The meetings of one kind for the whole programme. */
    record KindSchedule(String kind, List<Meeting> meetings) {}

    @GetMapping(PLAN)
    String plan(@PathVariable String id, Model model) {
        Programme programme = registration.programme(id);
        List<Network> networks = registration
                .networks(id)
                .map(RegistrationApi.Networks::networks)
                .orElse(List.of());
        MeetingPlan plan = meetings.plan(id);
        Map<String, NetworkPlan> plans =
                plan.networks().stream().collect(Collectors.toMap(NetworkPlan::networkId, Function.identity()));
        List<Meeting> all = meetings.allMeetings(id, 0).items().stream()
                .filter(m -> !m.isCancelled())
                .toList();
        List<NetworkSchedule> schedules = new ArrayList<>();
        for (Network network : networks) {
            List<Meeting> ofNetwork =
                    all.stream().filter(m -> network.id().equals(m.networkId())).toList();
            List<Meeting> visits = ofKind(ofNetwork, "MUNICIPALITY_VISIT");
            Set<String> hosts = visits.stream()
                    .filter(v -> v.venue() != null && v.venue().municipalityCode() != null)
                    .map(v -> v.venue().municipalityCode())
                    .collect(Collectors.toSet());
            schedules.add(new NetworkSchedule(
                    network,
                    plans.get(network.id()),
                    ofKind(ofNetwork, "THEME_DAY"),
                    visits,
                    network.municipalityCodes().stream()
                            .filter(code -> !hosts.contains(code))
                            .toList()));
        }
        List<KindSchedule> programmeWide = PROGRAMME_WIDE.stream()
                .map(kind -> new KindSchedule(
                        kind,
                        ofKind(all.stream().filter(m -> m.networkId() == null).toList(), kind)))
                .toList();
        model.addAttribute("programme", programme);
        model.addAttribute("schedules", schedules);
        model.addAttribute("programmeWide", programmeWide);
        model.addAttribute("names", registration.municipalityNames());
        return "kl/meeting-plan";
    }

    @GetMapping(SCHEDULE)
    String newMeeting(
            @PathVariable String id,
            @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "netvaerk", required = false) String networkId,
            @RequestParam(name = "vaert", required = false) String host,
            HttpServletRequest request,
            Model model) {
        MeetingForm form = new MeetingForm();
        form.setKind(kind != null && MeetingFormPage.KINDS.contains(kind) ? kind : null);
        form.setNetworkId(networkId);
        form.getVenue().setMunicipalityCode(host);
        model.addAttribute("restored", pending.restore(request, form));
        return formPage.show(registration.programme(id), null, form, model);
    }

    @PostMapping(SCHEDULE)
    String schedule(
            @PathVariable String id,
            @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = registration.programme(id);
        if (!result.hasErrors()) {
            try {
                Meeting scheduled = meetings.schedule(form.request(id));
                redirect.addFlashAttribute("notice", "kl.meeting.scheduled");
                redirect.addFlashAttribute("noticeArgument", scheduled.title());
                return "redirect:" + MeetingController.MEETING.replace("{meetingId}", scheduled.id());
            } catch (ApiProblem problem) {
                if (!errors.reject(problem, result, MeetingFormPage.BOOKING_FIELDS)) {
                    throw problem;
                }
            }
        }
        return formPage.show(programme, null, form, model);
    }

    private static List<Meeting> ofKind(List<Meeting> meetings, String kind) {
        return meetings.stream().filter(m -> kind.equals(m.kind())).toList();
    }
}
