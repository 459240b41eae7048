package dk.kl.partnerships.billing.meetingfee;

import dk.kl.partnerships.billing.invoice.Cause;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one municipality owes for its attendees at a meeting with a fee. It waits (PENDING) until
 * billing knows whom to invoice — a municipality that has never joined a programme has no billing
 * details yet — and is then invoiced once: the invoice's id is the charge's.
 */
@Document("meeting_charges")
@CompoundIndex(name = "pending_by_municipality", def = "{'status': 1, 'municipalityCode': 1}")
class MeetingCharge {

    public enum Status {
        PENDING,
        INVOICED
    }

    @Id
    private final String id;

    private final String meetingId;
    private final String programmeId;
    private final String municipalityCode;
    private final String title;
    private final LocalDate heldOn;
    private final BigDecimal feePerParticipant;
    private final int attendees;
    private final Cause cause;
    private Status status;

    @Version
    private Long version;

    @PersistenceCreator
    MeetingCharge(
            String id,
            String meetingId,
            String programmeId,
            String municipalityCode,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            int attendees,
            Cause cause,
            Status status,
            Long version) {
        this.id = id;
        this.meetingId = meetingId;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.title = title;
        this.heldOn = heldOn;
        this.feePerParticipant = feePerParticipant;
        this.attendees = attendees;
        this.cause = cause;
        this.status = status;
        this.version = version;
    }

    static MeetingCharge of(
            String meetingId,
            String programmeId,
            String municipalityCode,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            int attendees,
            Cause cause) {
        return new MeetingCharge(
                "inv-mtg-" + meetingId + "-" + municipalityCode,
                meetingId,
                programmeId,
                municipalityCode,
                title,
                heldOn,
                feePerParticipant,
                attendees,
                cause,
                Status.PENDING,
                null);
    }

    void invoiced() {
        status = Status.INVOICED;
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public BigDecimal feePerParticipant() {
        return feePerParticipant;
    }

    public int attendees() {
        return attendees;
    }

    public Cause cause() {
        return cause;
    }

    public Status status() {
        return status;
    }
}
