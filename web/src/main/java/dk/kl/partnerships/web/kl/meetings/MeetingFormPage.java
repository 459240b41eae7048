package dk.kl.partnerships.web.kl.meetings;

import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.api.registration.RegistrationApi.Programme;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The form that schedules a meeting or changes one, with the choices it offers. */
@Component
class MeetingFormPage {

    static final List<String> KINDS = List.of(
            "THEME_DAY",
            "MUNICIPALITY_VISIT",
            "CROSS_NETWORK_SEMINAR",
            "KICKOFF",
            "FOLLOW_UP_GROUP",
            "OPEN_THEME_MEETING");
    /** The double bookings meeting-service refuses (409), and the field each concerns. */
    static final Map<String, String> BOOKING_FIELDS =
            Map.of("NETWORK_BOOKED", "startsAt", "VENUE_BOOKED", "venue.name");

    private final RegistrationApi registration;

    MeetingFormPage(RegistrationApi registration) {
        this.registration = registration;
    }

    /** The form to schedule a meeting, or to change one ({@code meeting} not null). */
    String show(Programme programme, Meeting meeting, MeetingForm form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("kinds", KINDS);
        model.addAttribute(
                "networks",
                registration
                        .networks(programme.id())
                        .map(RegistrationApi.Networks::networks)
                        .orElse(List.of()));
        model.addAttribute("names", registration.municipalityNames());
        return "kl/meeting-form";
    }
}
