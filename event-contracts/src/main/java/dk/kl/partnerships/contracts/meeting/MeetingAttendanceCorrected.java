package dk.kl.partnerships.contracts.meeting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * KL corrected the attendance of a held meeting. {@code attendance} is the whole attendance as it
 * now stands (not a difference), {@code revision} counts the corrections from 1: a consumer applies
 * a revision only if it is newer than the last it applied. With a {@code feePerParticipant}, each
 * municipality now owes it for each of its attendees in this attendance, and each guest organisation
 * for each of its guests in {@code guestAttendance} (an organisation whose guests had been counted
 * and now none is listed with none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingAttendanceCorrected(
        String meetingId,
        String programmeId,
        String networkId,
        MeetingKind kind,
        String title,
        LocalDate heldOn,
        int revision,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feePerParticipant,
        String currency,
        List<Attendance> attendance,
        String reason,
        List<GuestAttendance> guestAttendance)
        implements IntegrationEvent {

    public MeetingAttendanceCorrected {
        Require.text(meetingId, "meetingId");
        Require.text(programmeId, "programmeId");
        Require.present(kind, "kind");
        Require.present(heldOn, "heldOn");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more");
        }
        Require.text(reason, "reason");
        feePerParticipant = Require.optionalAmount(feePerParticipant, "feePerParticipant");
        attendance = Require.list(attendance);
        guestAttendance = Require.list(guestAttendance);
    }

    /** A meeting without outside guests. */
    public MeetingAttendanceCorrected(
            String meetingId,
            String programmeId,
            String networkId,
            MeetingKind kind,
            String title,
            LocalDate heldOn,
            int revision,
            BigDecimal feePerParticipant,
            String currency,
            List<Attendance> attendance,
            String reason) {
        this(
                meetingId,
                programmeId,
                networkId,
                kind,
                title,
                heldOn,
                revision,
                feePerParticipant,
                currency,
                attendance,
                reason,
                List.of());
    }

    @Override
    public String key() {
        return meetingId;
    }
}
