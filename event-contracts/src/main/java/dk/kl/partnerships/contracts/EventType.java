package dk.kl.partnerships.contracts;

import static dk.kl.partnerships.contracts.Service.BILLING;
import static dk.kl.partnerships.contracts.Service.EVALUATION;
import static dk.kl.partnerships.contracts.Service.MEETING;
import static dk.kl.partnerships.contracts.Service.REGISTRATION;

import dk.kl.partnerships.contracts.audit.AuditRecorded;
import dk.kl.partnerships.contracts.billing.CreditNoteIssued;
import dk.kl.partnerships.contracts.billing.InvoiceDocumentIssued;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.billing.InvoiceOverdue;
import dk.kl.partnerships.contracts.billing.InvoicePaid;
import dk.kl.partnerships.contracts.billing.RefundDue;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationRequested;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationSubmitted;
import dk.kl.partnerships.contracts.meeting.MeetingAttendanceCorrected;
import dk.kl.partnerships.contracts.meeting.MeetingCancelled;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingRescheduled;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpCancelled;
import dk.kl.partnerships.contracts.registration.BillingProfileChanged;
import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ParticipantErased;
import dk.kl.partnerships.contracts.registration.ParticipantRegistered;
import dk.kl.partnerships.contracts.registration.ParticipantRemoved;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The v1 event catalogue: for each event its topic, the publishing service, its logical name on the
 * wire and its record. The CloudEvents type is derived from service and name, never from the class;
 * the CloudEvents source is the publishing service's ({@link Service#ceSource()}): what the outbox
 * relay stamps on every record, and what a consumer requires before it trusts one.
 *
 * <p>{@link AuditRecorded} is the one record several types share: each publishing service records
 * who made its changes on its own audit topic, under its own type and source, and the entry's
 * {@code service} names which ({@link #of(IntegrationEvent)}, {@link #auditOf(Service)}).
 */
public enum EventType {
    PROGRAMME_PUBLISHED(Topic.PROGRAMMES, REGISTRATION, "ProgrammePublished", ProgrammePublished.class),
    PROGRAMME_COMPLETED(Topic.PROGRAMMES, REGISTRATION, "ProgrammeCompleted", ProgrammeCompleted.class),
    INTEREST_DECLARED(Topic.ENROLMENTS, REGISTRATION, "InterestDeclared", InterestDeclared.class),
    MUNICIPALITY_JOINED(Topic.ENROLMENTS, REGISTRATION, "MunicipalityJoined", MunicipalityJoined.class),
    MUNICIPALITY_WITHDREW(Topic.ENROLMENTS, REGISTRATION, "MunicipalityWithdrew", MunicipalityWithdrew.class),
    PARTICIPANT_REGISTERED(Topic.ENROLMENTS, REGISTRATION, "ParticipantRegistered", ParticipantRegistered.class),
    PARTICIPANT_REMOVED(Topic.ENROLMENTS, REGISTRATION, "ParticipantRemoved", ParticipantRemoved.class),
    PARTICIPANT_ERASED(Topic.ENROLMENTS, REGISTRATION, "ParticipantErased", ParticipantErased.class),
    NETWORK_FORMED(Topic.NETWORKS, REGISTRATION, "NetworkFormed", NetworkFormed.class),
    NETWORK_CHANGED(Topic.NETWORKS, REGISTRATION, "NetworkChanged", NetworkChanged.class),
    MUNICIPALITY_CONTACTS_CHANGED(
            Topic.MUNICIPALITIES, REGISTRATION, "MunicipalityContactsChanged", MunicipalityContactsChanged.class),
    BILLING_PROFILE_CHANGED(Topic.MUNICIPALITIES, REGISTRATION, "BillingProfileChanged", BillingProfileChanged.class),
    MEETING_SCHEDULED(Topic.MEETINGS, MEETING, "MeetingScheduled", MeetingScheduled.class),
    MEETING_RESCHEDULED(Topic.MEETINGS, MEETING, "MeetingRescheduled", MeetingRescheduled.class),
    MEETING_CANCELLED(Topic.MEETINGS, MEETING, "MeetingCancelled", MeetingCancelled.class),
    MEETING_HELD(Topic.MEETINGS, MEETING, "MeetingHeld", MeetingHeld.class),
    MEETING_ATTENDANCE_CORRECTED(
            Topic.MEETINGS, MEETING, "MeetingAttendanceCorrected", MeetingAttendanceCorrected.class),
    PARTICIPANT_SIGNED_UP(Topic.MEETINGS, MEETING, "ParticipantSignedUp", ParticipantSignedUp.class),
    PARTICIPANT_PROMOTED(Topic.MEETINGS, MEETING, "ParticipantPromoted", ParticipantPromoted.class),
    SIGN_UP_CANCELLED(Topic.MEETINGS, MEETING, "SignUpCancelled", SignUpCancelled.class),
    SELF_EVALUATION_REQUESTED(
            Topic.SELF_EVALUATIONS, EVALUATION, "SelfEvaluationRequested", SelfEvaluationRequested.class),
    SELF_EVALUATION_SUBMITTED(
            Topic.SELF_EVALUATIONS, EVALUATION, "SelfEvaluationSubmitted", SelfEvaluationSubmitted.class),
    INVOICE_ISSUED(Topic.INVOICES, BILLING, "InvoiceIssued", InvoiceIssued.class),
    CREDIT_NOTE_ISSUED(Topic.INVOICES, BILLING, "CreditNoteIssued", CreditNoteIssued.class),
    INVOICE_PAID(Topic.INVOICES, BILLING, "InvoicePaid", InvoicePaid.class),
    INVOICE_OVERDUE(Topic.INVOICES, BILLING, "InvoiceOverdue", InvoiceOverdue.class),
    REFUND_DUE(Topic.INVOICES, BILLING, "RefundDue", RefundDue.class),
    INVOICE_DOCUMENT_ISSUED(Topic.DOCUMENTS, BILLING, "InvoiceDocumentIssued", InvoiceDocumentIssued.class),
    REGISTRATION_AUDIT_RECORDED(Topic.REGISTRATION_AUDIT, REGISTRATION, "AuditRecorded", AuditRecorded.class),
    MEETING_AUDIT_RECORDED(Topic.MEETING_AUDIT, MEETING, "AuditRecorded", AuditRecorded.class),
    EVALUATION_AUDIT_RECORDED(Topic.EVALUATION_AUDIT, EVALUATION, "AuditRecorded", AuditRecorded.class),
    BILLING_AUDIT_RECORDED(Topic.BILLING_AUDIT, BILLING, "AuditRecorded", AuditRecorded.class);

    private static final String TYPE_PREFIX = "dk.kl.partnerships.";
    private static final String VERSION = "v1";

    private static final Map<String, EventType> BY_CE_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD = Arrays.stream(values())
            .filter(type -> type.recordType() != AuditRecorded.class)
            .collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private final Topic topic;
    private final Service publisher;
    private final String eventName;
    private final Class<? extends IntegrationEvent> recordType;

    EventType(Topic topic, Service publisher, String eventName, Class<? extends IntegrationEvent> recordType) {
        this.topic = topic;
        this.publisher = publisher;
        this.eventName = eventName;
        this.recordType = recordType;
    }

    public Topic topic() {
        return topic;
    }

    /** The one service that publishes this event. */
    public Service publisher() {
        return publisher;
    }

    /** The logical event name, e.g. {@code MunicipalityJoined}. */
    public String eventName() {
        return eventName;
    }

    public Class<? extends IntegrationEvent> recordType() {
        return recordType;
    }

    /** CloudEvents {@code type}, e.g. {@code dk.kl.partnerships.billing.InvoiceIssued.v1}. */
    public String ceType() {
        return TYPE_PREFIX + publisher.typeSegment() + "." + eventName + "." + VERSION;
    }

    /** CloudEvents {@code source}: the publishing service, e.g. {@code /billing-service}. */
    public String ceSource() {
        return publisher.ceSource();
    }

    /** Class path location of the JSON Schema of the payload. */
    public String schemaResource() {
        return "schemas/" + eventName + ".json";
    }

    /** Class path location of the golden sample payload (one per audit type: each names its service). */
    public String sampleResource() {
        return "samples/" + messageName() + ".json";
    }

    /**
     * The name of this type's message in the AsyncAPI document: its event name, but for an audit
     * entry, which every publishing service has, prefixed with the service ({@code MeetingAuditRecorded}).
     */
    public String messageName() {
        if (!isAuditRecord()) {
            return eventName;
        }
        return Character.toUpperCase(publisher.typeSegment().charAt(0))
                + publisher.typeSegment().substring(1)
                + eventName;
    }

    /** Whether this is an audit entry ({@link AuditRecorded}) rather than a change of its own. */
    public boolean isAuditRecord() {
        return recordType == AuditRecorded.class;
    }

    /**
     * The audit entries of the changes a service announces: its {@link AuditRecorded} type, on its own
     * audit topic; none for a service that publishes nothing.
     */
    public static Optional<EventType> auditOf(Service publisher) {
        return Arrays.stream(values())
                .filter(type -> type.isAuditRecord() && type.publisher == publisher)
                .findFirst();
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    /**
     * @throws IllegalArgumentException for a record that is not in the catalogue, or that several types
     *     share ({@link AuditRecorded}: {@link #auditOf(Service)})
     */
    public static EventType of(Class<? extends IntegrationEvent> recordType) {
        if (recordType == AuditRecorded.class) {
            throw new IllegalArgumentException("Every publishing service has its own AuditRecorded type:"
                    + " name the service (EventType.auditOf)");
        }
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalogue: " + recordType.getName());
        }
        return type;
    }

    /** The type of an event; for an audit entry, the audit type of the service it names. */
    public static EventType of(IntegrationEvent event) {
        if (event instanceof AuditRecorded audit) {
            return Service.ofApplicationName(audit.service())
                    .flatMap(EventType::auditOf)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No audit topic for the service " + audit.service() + " of an AuditRecorded"));
        }
        return of(event.getClass());
    }
}
