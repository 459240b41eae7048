package dk.kl.partnerships.web.kl.meetings;

import static dk.kl.partnerships.web.export.Table.date;
import static dk.kl.partnerships.web.export.Table.integer;
import static dk.kl.partnerships.web.export.Table.text;
import static dk.kl.partnerships.web.export.Table.yesNo;

import dk.kl.partnerships.web.api.meeting.MeetingApi;
import dk.kl.partnerships.web.api.meeting.MeetingApi.Meeting;
import dk.kl.partnerships.web.api.meeting.MeetingApi.SignUp;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.export.Exports;
import dk.kl.partnerships.web.export.Table;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A meeting's sign-ups (with the waiting list) and its attendance as CSV or XLSX, to hand on. */
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
            names.getOrDefault(seat.municipalityCode(), seat.municipalityCode()),
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
                yesNo("export.column.attended"));
        for (MunicipalitySeats group :
                MunicipalitySeats.of(meeting.confirmedSignUps(), registration.municipalityNames())) {
            for (SignUp seat : group.seats()) {
                table.row(
                        meeting.localStart().toLocalDate(),
                        meeting.title(),
                        group.code(),
                        group.name(),
                        seat.name(),
                        meeting.isHeld() ? meeting.attended(seat.participantId()) : null);
            }
        }
        return exports.download(table, Exports.format(format));
    }
}
