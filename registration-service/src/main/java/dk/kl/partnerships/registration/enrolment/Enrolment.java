package dk.kl.partnerships.registration.enrolment;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.registration.municipality.BillingProfile;
import dk.kl.partnerships.registration.municipality.Municipality;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One municipality's answer to one programme and everything that follows from it: alignment,
 * council approval, named participants, withdrawal or completion. There is at most one per
 * municipality and programme.
 */
@Document("enrolments")
@CompoundIndexes({
    @CompoundIndex(
            name = "one_per_municipality_and_programme",
            def = "{'programmeId': 1, 'municipalityCode': 1}",
            unique = true),
    @CompoundIndex(name = "by_municipality", def = "{'municipalityCode': 1, 'programmeId': 1}"),
    @CompoundIndex(name = "by_programme_and_state", def = "{'programmeId': 1, 'state': 1}"),
    @CompoundIndex(name = "by_state", def = "{'state': 1}"),
    @CompoundIndex(name = "by_participant", def = "{'participants._id': 1}")
})
public class Enrolment extends AggregateRoot<EnrolmentEvent> {

    public static final int MAX_FOCUS_AREAS = 3;
    private static final String INTEREST_DEADLINE = "interest deadline";
    private static final String APPROVAL_DEADLINE = "approval deadline";

    @Id
    private final String id;

    private final String programmeId;
    private final String municipalityCode;
    private final String municipalityName;
    private EnrolmentState state;
    private List<String> focusAreas;
    private Instant declaredAt;
    private boolean late;
    private DeadlineOverride answerOverride;
    private DeadlineOverride approvalOverride;
    private Alignment alignment;
    private CouncilDecision councilDecision;
    private LocalDate joinedOn;
    private InvoiceRecipient invoiceRecipient;
    private Withdrawal withdrawal;
    private LocalDate completedOn;
    private final List<Participant> participants;

    @Version
    private Long version;

    @PersistenceCreator
    Enrolment(
            String id,
            String programmeId,
            String municipalityCode,
            String municipalityName,
            EnrolmentState state,
            List<String> focusAreas,
            Instant declaredAt,
            boolean late,
            DeadlineOverride answerOverride,
            DeadlineOverride approvalOverride,
            Alignment alignment,
            CouncilDecision councilDecision,
            LocalDate joinedOn,
            InvoiceRecipient invoiceRecipient,
            Withdrawal withdrawal,
            LocalDate completedOn,
            List<Participant> participants,
            Long version) {
        this.id = id;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.municipalityName = municipalityName;
        this.state = state;
        this.focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        this.declaredAt = declaredAt;
        this.late = late;
        this.answerOverride = answerOverride;
        this.approvalOverride = approvalOverride;
        this.alignment = alignment;
        this.councilDecision = councilDecision;
        this.joinedOn = joinedOn;
        this.invoiceRecipient = invoiceRecipient;
        this.withdrawal = withdrawal;
        this.completedOn = completedOn;
        this.participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
        this.version = version;
    }

    /**
     * A municipality answers a programme's invitation: yes with one to three of the programme's
     * focus areas in rank order, or no. After the interest deadline only KL may record an answer,
     * with its reason, and the answer is then marked late.
     */
    public static Enrolment declare(
            String id,
            Programme programme,
            Municipality municipality,
            boolean interested,
            List<String> focusAreas,
            boolean byKl,
            String klReason,
            Instant now,
            LocalDate today) {
        boolean late = lateAnswer(programme, byKl, today);
        List<String> ranked = checkedFocusAreas(interested, focusAreas, programme.terms());
        DeadlineOverride override = late ? DeadlineOverride.by(klReason, now, INTEREST_DEADLINE) : null;
        Enrolment enrolment = new Enrolment(
                id,
                programme.id(),
                municipality.code(),
                municipality.name(),
                interested ? EnrolmentState.INTEREST_DECLARED : EnrolmentState.DECLINED,
                ranked,
                now,
                late,
                override,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null);
        enrolment.record(new EnrolmentEvent.InterestDeclared(
                id, programme.id(), municipality.code(), municipality.name(), interested, ranked, now, late));
        return enrolment;
    }

    /**
     * The municipality changes its answer: a no becomes a yes, a yes a no, or the focus areas
     * change. Until the interest deadline its coordinator may; after it only KL, with its reason, and
     * the answer is then marked late. Once the council's approval is recorded the answer stands.
     */
    public void changeAnswer(
            Programme programme,
            boolean interested,
            List<String> focusAreas,
            boolean byKl,
            String klReason,
            Instant now,
            LocalDate today) {
        if (!EnrolmentState.ANSWER_OPEN.contains(state)) {
            throw new ConflictException(
                    "An answer can change only until the council's approval is recorded", state.name());
        }
        boolean afterDeadline = lateAnswer(programme, byKl, today);
        List<String> ranked = checkedFocusAreas(interested, focusAreas, programme.terms());
        if (afterDeadline) {
            this.answerOverride = DeadlineOverride.by(klReason, now, INTEREST_DEADLINE);
        }
        if (!interested) {
            this.state = EnrolmentState.DECLINED;
        } else if (state == EnrolmentState.DECLINED) {
            this.state = EnrolmentState.INTEREST_DECLARED;
        }
        this.focusAreas = ranked;
        this.declaredAt = now;
        this.late = late || afterDeadline;
        record(new EnrolmentEvent.InterestDeclared(
                id, programmeId, municipalityCode, municipalityName, interested, ranked, now, late));
    }

    /**
     * Whether an answer given today is late; refused unless the programme is open, and after the
     * interest deadline unless KL gives it.
     */
    private static boolean lateAnswer(Programme programme, boolean byKl, LocalDate today) {
        if (!programme.isOpen()) {
            throw new ConflictException(
                    "Programme " + programme.id() + " is not open for declarations",
                    programme.status().name());
        }
        LocalDate deadline = programme.terms().interestDeadline();
        boolean late = today.isAfter(deadline);
        if (late && !byKl) {
            throw new RuleViolationException(
                    "interest-deadline-passed",
                    "The interest deadline " + deadline + " has passed; only KL can accept or change an answer now");
        }
        return late;
    }

    private static List<String> checkedFocusAreas(boolean interested, List<String> focusAreas, ProgrammeTerms terms) {
        List<String> ranked = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        checkFocusAreas(interested, ranked, terms.focusAreas());
        return ranked;
    }

    private static void checkFocusAreas(boolean interested, List<String> ranked, List<String> offered) {
        if (!interested) {
            if (!ranked.isEmpty()) {
                throw new InvalidFieldException("focusAreas", "must be empty when declining");
            }
            return;
        }
        if (ranked.isEmpty() || ranked.size() > MAX_FOCUS_AREAS) {
            throw new InvalidFieldException("focusAreas", "must rank 1 to " + MAX_FOCUS_AREAS + " focus areas");
        }
        List<InvalidFieldException.FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (!offered.contains(ranked.get(i))) {
                problems.add(new InvalidFieldException.FieldProblem(
                        "focusAreas[" + i + "]", "is not one of the programme's focus areas " + offered));
            } else if (!seen.add(ranked.get(i))) {
                problems.add(new InvalidFieldException.FieldProblem("focusAreas[" + i + "]", "is ranked twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /** KL records its expectation-alignment contact with the municipality. */
    public void align(Alignment contact) {
        requireState(EnrolmentState.INTEREST_DECLARED, "Alignment follows a declaration of interest");
        this.alignment = contact;
        this.state = EnrolmentState.ALIGNED;
    }

    /**
     * The council approved the agreement: the municipality joins. The council must have decided by
     * the approval deadline (it may be recorded later) unless KL overrides it, giving its reason; the
     * municipality must have a billing profile, since joining makes it owe the programme's price.
     */
    public void approve(
            CouncilDecision decision,
            Programme programme,
            BillingProfile billingProfile,
            boolean byKl,
            String klReason,
            Instant now,
            LocalDate today) {
        if (state == EnrolmentState.JOINED && decision.equals(councilDecision)) {
            // the same approval again (a client retrying after a lost answer): it is recorded already
            return;
        }
        if (!EnrolmentState.AWAITING_APPROVAL.contains(state)) {
            throw new ConflictException("Only an enrolment awaiting approval can be approved", state.name());
        }
        if (!programme.isOpen()) {
            throw new ConflictException(
                    "Programme " + programme.id() + " is not open",
                    programme.status().name());
        }
        if (decision.date().isAfter(today)) {
            throw new InvalidFieldException("decisionDate", "must not be in the future");
        }
        LocalDate deadline = programme.terms().approvalDeadline();
        if (decision.date().isAfter(deadline) && !byKl) {
            throw new RuleViolationException(
                    "approval-deadline-passed",
                    "The council decided on " + decision.date() + ", after the approval deadline " + deadline
                            + "; only KL can accept a later approval");
        }
        DeadlineOverride override =
                decision.date().isAfter(deadline) ? DeadlineOverride.by(klReason, now, APPROVAL_DEADLINE) : null;
        if (billingProfile == null) {
            throw new RuleViolationException(
                    "billing-profile-missing",
                    "Municipality " + municipalityCode
                            + " has no billing profile with a valid EAN and CVR number; add it before recording the approval");
        }
        this.councilDecision = decision;
        this.approvalOverride = override;
        this.joinedOn = today;
        this.invoiceRecipient = InvoiceRecipient.from(billingProfile);
        this.state = EnrolmentState.JOINED;
        record(new EnrolmentEvent.Joined(
                id, programmeId, municipalityCode, municipalityName, joinedOn, councilDecision, invoiceRecipient));
    }

    /** Whether this is the answer given: the same yes or no, with the same focus areas in the same order. */
    public boolean isAnswer(boolean interested, List<String> focusAreas) {
        boolean yes = state != EnrolmentState.DECLINED;
        return yes == interested
                && this.focusAreas.equals(focusAreas == null ? List.of() : focusAreas)
                && (state == EnrolmentState.INTEREST_DECLARED || state == EnrolmentState.DECLINED);
    }

    /** The municipality leaves the programme; no answer is also possible while it awaits approval. */
    public void withdraw(String reason, LocalDate today) {
        if (!EnrolmentState.ACTIVE.contains(state)) {
            throw new ConflictException("Only an active enrolment can be withdrawn", state.name());
        }
        this.withdrawal = new Withdrawal(today, reason);
        this.state = EnrolmentState.WITHDRAWN;
        record(new EnrolmentEvent.Withdrew(id, programmeId, municipalityCode, today, reason));
    }

    /** The programme ended: a joined municipality has completed it. Anything else is left as it is. */
    public boolean complete(LocalDate on) {
        if (state != EnrolmentState.JOINED) {
            return false;
        }
        this.state = EnrolmentState.COMPLETED;
        this.completedOn = on;
        return true;
    }

    /** Names a participant, within the programme's limits for staff and for politicians. */
    public Participant registerParticipant(
            String participantId, String name, String email, ParticipantRole role, ProgrammeTerms terms, Instant now) {
        return name(participantId, name, email, role, terms, now, null);
    }

    public void removeParticipant(String participantId, Instant now) {
        remove(participantId, now, null);
    }

    /**
     * Another person takes the seat: the old participant is removed and the new one registered, as
     * a substitution, so that the new one takes over where the old one was signed up.
     */
    public Participant replaceParticipant(
            String participantId,
            String newParticipantId,
            String name,
            String email,
            ParticipantRole role,
            ProgrammeTerms terms,
            Instant now) {
        remove(participantId, now, newParticipantId);
        return name(newParticipantId, name, email, role, terms, now, participantId);
    }

    private Participant name(
            String participantId,
            String name,
            String email,
            ParticipantRole role,
            ProgrammeTerms terms,
            Instant now,
            String replaces) {
        if (!EnrolmentState.ACTIVE.contains(state)) {
            throw new ConflictException("Participants can be named only for an active enrolment", state.name());
        }
        if (participants.stream().anyMatch(p -> email.equalsIgnoreCase(p.email()))) {
            throw new InvalidFieldException("email", "is already registered for this programme");
        }
        long sameKind = participants.stream()
                .filter(p -> !p.erased() && p.role().isPolitician() == role.isPolitician())
                .count();
        int limit = role.isPolitician() ? terms.maxPoliticians() : terms.maxParticipants();
        if (sameKind >= limit) {
            throw new RuleViolationException(
                    role.isPolitician() ? "politician-limit-reached" : "participant-limit-reached",
                    "Municipality " + municipalityCode + " has named " + sameKind + " of at most " + limit
                            + (role.isPolitician() ? " politicians" : " participants") + " for this programme");
        }
        Participant participant = new Participant(participantId, name, email, role, now);
        participants.add(participant);
        record(new EnrolmentEvent.ParticipantRegistered(id, programmeId, municipalityCode, participant, replaces));
        return participant;
    }

    private void remove(String participantId, Instant now, String replacedBy) {
        Participant participant = participant(participantId);
        participants.remove(participant);
        record(new EnrolmentEvent.ParticipantRemoved(
                id, programmeId, municipalityCode, participant.id(), now, replacedBy));
    }

    /**
     * Erases a participant's personal data: the name and e-mail address go, the id, role and seat
     * history stay, so sign-ups and attendance elsewhere still add up. An erased participant no
     * longer counts against the programme's limits. Erasing one already erased changes nothing.
     *
     * @return whether this call erased the participant
     */
    public boolean eraseParticipant(String participantId, ParticipantErasure how) {
        Participant participant = participant(participantId);
        if (participant.erased()) {
            return false;
        }
        participants.set(participants.indexOf(participant), participant.erase(how));
        record(new EnrolmentEvent.ParticipantErased(id, programmeId, municipalityCode, participantId, how));
        return true;
    }

    /** The participants whose personal data is still kept. */
    public List<Participant> participantsNotErased() {
        return participants.stream().filter(p -> !p.erased()).toList();
    }

    public Participant participant(String participantId) {
        return participants.stream()
                .filter(p -> p.id().equals(participantId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
    }

    private void requireState(EnrolmentState required, String message) {
        if (state != required) {
            throw new ConflictException(message, state.name());
        }
    }

    public String id() {
        return id;
    }

    public String programmeId() {
        return programmeId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String municipalityName() {
        return municipalityName;
    }

    public EnrolmentState state() {
        return state;
    }

    public List<String> focusAreas() {
        return focusAreas;
    }

    public Instant declaredAt() {
        return declaredAt;
    }

    public boolean late() {
        return late;
    }

    /** Why KL accepted the answer after the interest deadline; null if it came in time. */
    public DeadlineOverride answerOverride() {
        return answerOverride;
    }

    /** Why KL accepted a council decision after the approval deadline; null if none was needed. */
    public DeadlineOverride approvalOverride() {
        return approvalOverride;
    }

    public Alignment alignment() {
        return alignment;
    }

    public CouncilDecision councilDecision() {
        return councilDecision;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public InvoiceRecipient invoiceRecipient() {
        return invoiceRecipient;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public Long version() {
        return version;
    }
}
