package dk.kl.partnerships.billing.meetingfee;

import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one municipality owes for its attendees at a meeting with a fee. It waits (PENDING) until
 * billing knows whom to invoice — a municipality that has never joined a programme has no billing
 * details yet — and is then invoiced once: the invoice's id is the charge's. A corrected attendance
 * changes the count; once invoiced, the difference is a supplementary invoice or a credit note, and
 * the charge remembers its invoices and the last revision of the attendance it reflects. A guest
 * organisation's charge has no municipality but the organisation's id and the buyer details given at
 * sign-up, and is invoiced at once.
 */
@Document("meeting_charges")
@CompoundIndexes({
    @CompoundIndex(name = "pending_by_municipality", def = "{'status': 1, 'municipalityCode': 1}"),
    @CompoundIndex(name = "by_meeting", def = "{'meetingId': 1}")
})
class MeetingCharge {

    public enum Status {
        PENDING,
        INVOICED,
        /** Corrected to no attendees before it was invoiced: nothing is owed. */
        NOTHING_OWED
    }

    @Id
    private final String id;

    private final String meetingId;
    private final String programmeId;
    private final String municipalityCode;
    private final String organisationId;
    private final Buyer organisation;
    private final String title;
    private final LocalDate heldOn;
    private final BigDecimal feePerParticipant;
    private int attendees;
    private final Cause cause;
    private Status status;
    private int revision;
    private List<String> invoiceIds;

    @Version
    private Long version;

    @PersistenceCreator
    MeetingCharge(
            String id,
            String meetingId,
            String programmeId,
            String municipalityCode,
            String organisationId,
            Buyer organisation,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            int attendees,
            Cause cause,
            Status status,
            int revision,
            List<String> invoiceIds,
            Long version) {
        this.id = id;
        this.meetingId = meetingId;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.organisationId = organisationId;
        this.organisation = organisation;
        this.title = title;
        this.heldOn = heldOn;
        this.feePerParticipant = feePerParticipant;
        this.attendees = attendees;
        this.cause = cause;
        this.status = status;
        this.revision = revision;
        this.invoiceIds = invoiceIds != null
                ? new ArrayList<>(invoiceIds)
                : new ArrayList<>(status == Status.INVOICED ? List.of(id) : List.of());
        this.version = version;
    }

    static MeetingCharge of(
            String meetingId,
            String programmeId,
            Payer payer,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            int attendees,
            int revision,
            Cause cause) {
        return new MeetingCharge(
                idFor(meetingId, payer),
                meetingId,
                programmeId,
                payer.municipalityCode(),
                payer.organisationId(),
                payer.organisation(),
                title,
                heldOn,
                feePerParticipant,
                attendees,
                cause,
                Status.PENDING,
                revision,
                List.of(),
                null);
    }

    static String idFor(String meetingId, Payer payer) {
        return "inv-mtg-" + meetingId + "-" + payer.key();
    }

    /** Who owes for the attendees: the municipality that sent them, or the guests' organisation. */
    Payer payer() {
        return new Payer(municipalityCode, organisationId, organisation);
    }

    void invoiced() {
        status = Status.INVOICED;
        if (!invoiceIds.contains(id)) {
            invoiceIds.add(id);
        }
    }

    /** The attendance of this revision counts; not yet invoiced, the charge simply owes the new count. */
    void corrected(int newAttendees, int newRevision) {
        attendees = newAttendees;
        revision = newRevision;
        if (status != Status.INVOICED) {
            status = newAttendees == 0 ? Status.NOTHING_OWED : Status.PENDING;
        }
    }

    /** A supplementary invoice for more attendees than were invoiced. */
    void supplemented(String invoiceId) {
        if (!invoiceIds.contains(invoiceId)) {
            invoiceIds.add(invoiceId);
        }
    }

    /** Whether the attendance of this revision is already reflected (or a newer one is). */
    boolean reflects(int otherRevision) {
        return revision >= otherRevision;
    }

    /** The id of the supplementary invoice or the credit note a revision causes. */
    String documentIdFor(String prefix, int ofRevision) {
        return prefix + id.substring("inv-".length()) + "-r" + ofRevision;
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

    public int revision() {
        return revision;
    }

    /** The invoices issued for this charge, the first one first. */
    public List<String> invoiceIds() {
        return List.copyOf(invoiceIds);
    }
}
