package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting took place and KL recorded who attended. With a {@code feePerParticipant} (net of
 * VAT), each municipality owes it for each of its attendees, walk-ins included, and each guest
 * organisation in {@code guestAttendance} for each of its guests.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingHeld(
        String meetingId,
        String programmeId,
        String networkId,
        MeetingKind kind,
        String title,
        LocalDate heldOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feePerParticipant,
        String currency,
        List<Attendance> attendance,
        List<GuestAttendance> guestAttendance)
        implements IntegrationEvent {

    public MeetingHeld {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.present(kind, "kind");
        Require.present(heldOn, "heldOn");
        feePerParticipant = Require.optionalAmount(feePerParticipant, "feePerParticipant");
        attendance = Require.list(attendance);
        guestAttendance = Require.list(guestAttendance);
    }

    /** A meeting without outside guests. */
    public MeetingHeld(
            String meetingId,
            String programmeId,
            String networkId,
            MeetingKind kind,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            String currency,
            List<Attendance> attendance) {
        this(
                meetingId,
                programmeId,
                networkId,
                kind,
                title,
                heldOn,
                feePerParticipant,
                currency,
                attendance,
                List.of());
    }

    @Override
    public String key() {
        return meetingId;
    }
}
