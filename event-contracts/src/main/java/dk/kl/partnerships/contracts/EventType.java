package dk.kl.partnerships.contracts;

import dk.kl.partnerships.contracts.billing.CreditNoteIssued;
import dk.kl.partnerships.contracts.billing.InvoiceDocumentIssued;
import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.billing.InvoiceOverdue;
import dk.kl.partnerships.contracts.billing.InvoicePaid;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationRequested;
import dk.kl.partnerships.contracts.evaluation.SelfEvaluationSubmitted;
import dk.kl.partnerships.contracts.meeting.MeetingCancelled;
import dk.kl.partnerships.contracts.meeting.MeetingHeld;
import dk.kl.partnerships.contracts.meeting.MeetingRescheduled;
import dk.kl.partnerships.contracts.meeting.MeetingScheduled;
import dk.kl.partnerships.contracts.meeting.ParticipantPromoted;
import dk.kl.partnerships.contracts.meeting.ParticipantSignedUp;
import dk.kl.partnerships.contracts.meeting.SignUpCancelled;
import dk.kl.partnerships.contracts.registration.InterestDeclared;
import dk.kl.partnerships.contracts.registration.MunicipalityContactsChanged;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
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
 * wire and its record. The CloudEvents type is derived from service and name, never from the class.
 */
public enum EventType {
    PROGRAMME_PUBLISHED(Topic.PROGRAMMES, "registration", "ProgrammePublished", ProgrammePublished.class),
    PROGRAMME_COMPLETED(Topic.PROGRAMMES, "registration", "ProgrammeCompleted", ProgrammeCompleted.class),
    INTEREST_DECLARED(Topic.ENROLMENTS, "registration", "InterestDeclared", InterestDeclared.class),
    MUNICIPALITY_JOINED(Topic.ENROLMENTS, "registration", "MunicipalityJoined", MunicipalityJoined.class),
    MUNICIPALITY_WITHDREW(Topic.ENROLMENTS, "registration", "MunicipalityWithdrew", MunicipalityWithdrew.class),
    PARTICIPANT_REGISTERED(Topic.ENROLMENTS, "registration", "ParticipantRegistered", ParticipantRegistered.class),
    PARTICIPANT_REMOVED(Topic.ENROLMENTS, "registration", "ParticipantRemoved", ParticipantRemoved.class),
    NETWORK_FORMED(Topic.NETWORKS, "registration", "NetworkFormed", NetworkFormed.class),
    MUNICIPALITY_CONTACTS_CHANGED(
            Topic.MUNICIPALITIES, "registration", "MunicipalityContactsChanged", MunicipalityContactsChanged.class),
    MEETING_SCHEDULED(Topic.MEETINGS, "meeting", "MeetingScheduled", MeetingScheduled.class),
    MEETING_RESCHEDULED(Topic.MEETINGS, "meeting", "MeetingRescheduled", MeetingRescheduled.class),
    MEETING_CANCELLED(Topic.MEETINGS, "meeting", "MeetingCancelled", MeetingCancelled.class),
    MEETING_HELD(Topic.MEETINGS, "meeting", "MeetingHeld", MeetingHeld.class),
    PARTICIPANT_SIGNED_UP(Topic.MEETINGS, "meeting", "ParticipantSignedUp", ParticipantSignedUp.class),
    PARTICIPANT_PROMOTED(Topic.MEETINGS, "meeting", "ParticipantPromoted", ParticipantPromoted.class),
    SIGN_UP_CANCELLED(Topic.MEETINGS, "meeting", "SignUpCancelled", SignUpCancelled.class),
    SELF_EVALUATION_REQUESTED(
            Topic.SELF_EVALUATIONS, "evaluation", "SelfEvaluationRequested", SelfEvaluationRequested.class),
    SELF_EVALUATION_SUBMITTED(
            Topic.SELF_EVALUATIONS, "evaluation", "SelfEvaluationSubmitted", SelfEvaluationSubmitted.class),
    INVOICE_ISSUED(Topic.INVOICES, "billing", "InvoiceIssued", InvoiceIssued.class),
    CREDIT_NOTE_ISSUED(Topic.INVOICES, "billing", "CreditNoteIssued", CreditNoteIssued.class),
    INVOICE_PAID(Topic.INVOICES, "billing", "InvoicePaid", InvoicePaid.class),
    INVOICE_OVERDUE(Topic.INVOICES, "billing", "InvoiceOverdue", InvoiceOverdue.class),
    INVOICE_DOCUMENT_ISSUED(Topic.DOCUMENTS, "billing", "InvoiceDocumentIssued", InvoiceDocumentIssued.class);

    private static final String TYPE_PREFIX = "dk.kl.partnerships.";
    private static final String VERSION = "v1";

    private static final Map<String, EventType> BY_CE_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private final Topic topic;
    private final String service;
    private final String eventName;
    private final Class<? extends IntegrationEvent> recordType;

    EventType(Topic topic, String service, String eventName, Class<? extends IntegrationEvent> recordType) {
        this.topic = topic;
        this.service = service;
        this.eventName = eventName;
        this.recordType = recordType;
    }

    public Topic topic() {
        return topic;
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
        return TYPE_PREFIX + service + "." + eventName + "." + VERSION;
    }

    /** CloudEvents {@code source}: the publishing service, e.g. {@code /billing-service}. */
    public String ceSource() {
        return "/" + service + "-service";
    }

    /** Class path location of the JSON Schema of the payload. */
    public String schemaResource() {
        return "schemas/" + eventName + ".json";
    }

    /** Class path location of the golden sample payload. */
    public String sampleResource() {
        return "samples/" + eventName + ".json";
    }

    public static Optional<EventType> ofCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    public static EventType of(Class<? extends IntegrationEvent> recordType) {
        EventType type = BY_RECORD.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("Not in the event catalogue: " + recordType.getName());
        }
        return type;
    }

    public static EventType of(IntegrationEvent event) {
        return of(event.getClass());
    }
}
