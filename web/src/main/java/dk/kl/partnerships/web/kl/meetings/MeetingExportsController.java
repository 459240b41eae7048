package dk.kl.partnerships.web.kl.meetings;

import static dk.kl.partnerships.web.export.Table.date;
import static dk.kl.partnerships.web.export.Table.integer;
import static dk.kl.partnerships.web.export.Table.text;
import static dk.kl.partnerships.web.export.Table.yesNo;

import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.meeting.MeetingApi.SignUp;
import dk.kl.partnerships.web.api.meeting.MeetingApi.WalkIn;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.export.Exports;
import dk.kl.partnerships.web.export.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's sign-ups (with the waiting list) and its attendance as CSV or XLSX, to hand on; the
 * attendance lists outside guests with their organisation and those who came in a participant's place.
 */
@Controller
class MeetingExportsController {

    private final MeetingApi meetings;
    private final RegistrationApi registration;
    private final Exports exports;
    private final MessageSource messages;

    MeetingExportsController(
            MeetingApi meetings, RegistrationApi registration, Exports exports, MessageSource messages) {
        this.meetings = meetings;
        this.registration = registration;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping(MeetingController.MEETING + "/tilmeldinger.{format}")
    ResponseEntity<byte[]> signUps(@PathVariable String meetingId, @PathVariable String format) {
        Meeting meeting = meetings.meeting(meetingId);
        Table table = Table.of(
                "tilmeldinger-" + meeting.localStart().toLocalDate(),
                text("export.column.municipalityCode"),
                text("export.column.municipality"),
                text("export.column.name"),
                text("export.column.signUpStatus"),
                integer("export.column.waitingPosition"));
        Map<String, String> names = registration.municipalityNames();
        for (SignUp seat : meeting.confirmedSignUps()) {
            table.row(seatRow(seat, names, "kl.meeting.confirmed"));
        }
        for (SignUp seat : meeting.waitingList()) {
            table.row(seatRow(seat, names, "kl.meeting.waiting"));
        }
        return exports.download(table, Exports.format(format));
    }

    private Object[] seatRow(SignUp seat, Map<String, String> names, String status) {
        return new Object[] {
            seat.municipalityCode(),
            seat.outsideGuest()
                    ? guestOf(seat.guest().organisation().name())
                    : names.getOrDefault(seat.municipalityCode(), seat.municipalityCode()),
            seat.name(),
            messages.getMessage(status, null, Exports.DANISH),
            seat.waitingPosition()
        };
    }

    @GetMapping(MeetingController.MEETING + "/fremmoede.{format}")
    ResponseEntity<byte[]> attendance(@PathVariable String meetingId, @PathVariable String format) {
        Meeting meeting = meetings.meeting(meetingId);
        Table table = Table.of(
                "fremmoede-" + meeting.localStart().toLocalDate(),
                date("export.column.meetingDate"),
                text("export.column.meeting"),
                text("export.column.municipalityCode"),
                text("export.column.municipality"),
                text("export.column.name"),
                yesNo("export.column.attended"),
                text("export.column.note"));
        LocalDate day = meeting.localStart().toLocalDate();
        Map<String, List<WalkIn>> walkIns =
                meeting.walkIns().stream().collect(Collectors.groupingBy(WalkIn::municipalityCode));
        String walkedIn = messages.getMessage("kl.walkIn.title", null, Exports.DANISH);
        for (MunicipalitySeats group :
                MunicipalitySeats.of(meeting.confirmedSignUps(), registration.municipalityNames())) {
            for (SignUp seat : group.seats()) {
                Boolean came = meeting.isHeld() ? meeting.attended(seat.participantId()) : null;
                if (seat.outsideGuest()) {
                    String organisation = seat.guest().organisation().name();
                    table.row(day, meeting.title(), null, organisation, seat.name(), came, guestOf(organisation));
                } else {
                    table.row(day, meeting.title(), group.code(), group.name(), seat.name(), came, null);
                }
            }
            // Who came in place of a signed-up participant counts for the municipality, so is listed with it
            for (WalkIn walkIn : walkIns.getOrDefault(group.code(), List.of())) {
                table.row(day, meeting.title(), group.code(), group.name(), walkIn.name(), true, walkedIn);
            }
        }
        return exports.download(table, Exports.format(format));
    }

    private String guestOf(String organisation) {
        return messages.getMessage("kl.meeting.guestOf", new Object[] {organisation}, Exports.DANISH);
    }
}
