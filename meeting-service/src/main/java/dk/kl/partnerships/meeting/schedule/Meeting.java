package dk.kl.partnerships.meeting.schedule;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.ConflictException;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.error.InvalidFieldException.FieldProblem;
import dk.kl.partnerships.kit.error.NotFoundException;
import dk.kl.partnerships.kit.error.RuleViolationException;
import dk.kl.partnerships.meeting.registration.Person;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A meeting with its sign-ups. Capacity is a hard limit: sign-ups beyond it wait in order, and a
 * cancellation or more seats promote the first waiting. All of it is one document changed under
 * optimistic locking, so concurrent sign-ups can never overbook.
 */
@Document("meetings")
@CompoundIndexes({
    @CompoundIndex(name = "by_programme_and_start", def = "{'programmeId': 1, 'time.startsAt': 1}"),
    @CompoundIndex(name = "by_network_and_start", def = "{'networkId': 1, 'time.startsAt': 1}"),
    @CompoundIndex(name = "by_venue_and_start", def = "{'venueKey': 1, 'time.startsAt': 1}"),
    @CompoundIndex(name = "by_signed_up_municipality", def = "{'signUps.municipalityCode': 1, 'time.startsAt': 1}"),
    @CompoundIndex(name = "by_signed_up_participant", def = "{'signUps.participantId': 1, 'time.startsAt': 1}"),
    @CompoundIndex(name = "by_status", def = "{'status': 1}")
})
public class Meeting extends AggregateRoot<MeetingEvent> {

    public static final int MAX_CAPACITY = 2000;

    @Id
    private final String id;

    private final String programmeId;
    private final String networkId;
    private final MeetingKind kind;
    private String title;
    private MeetingTime time;
    private Venue venue;
    private String venueKey;
    private int capacity;
    private Instant signUpDeadline;
    private List<AgendaItem> agenda;
    private final BigDecimal feePerParticipant;
    private MeetingStatus status;
    private String cancellationReason;
    private final List<SignUp> signUps;
    private long nextSequence;
    private LocalDate heldOn;
    private List<String> attendees;
    private List<WalkIn> walkIns;
    private int attendanceRevision;
    private String attendanceCorrectionReason;
    private int calendarSequence;

    @Version
    private Long version;

    @PersistenceCreator
    Meeting(
            String id,
            String programmeId,
            String networkId,
            MeetingKind kind,
            String title,
            MeetingTime time,
            Venue venue,
            String venueKey,
            int capacity,
            Instant signUpDeadline,
            List<AgendaItem> agenda,
            BigDecimal feePerParticipant,
            MeetingStatus status,
            String cancellationReason,
            List<SignUp> signUps,
            long nextSequence,
            LocalDate heldOn,
            List<String> attendees,
            List<WalkIn> walkIns,
            int attendanceRevision,
            String attendanceCorrectionReason,
            int calendarSequence,
            Long version) {
        this.id = id;
        this.programmeId = programmeId;
        this.networkId = networkId;
        this.kind = kind;
        this.title = title;
        this.time = time;
        this.venue = venue;
        this.venueKey = venueKey;
        this.capacity = capacity;
        this.signUpDeadline = signUpDeadline;
        this.agenda = agenda == null ? List.of() : List.copyOf(agenda);
        this.feePerParticipant = feePerParticipant;
        this.status = status;
        this.cancellationReason = cancellationReason;
        this.signUps = signUps == null ? new ArrayList<>() : new ArrayList<>(signUps);
        this.nextSequence = nextSequence;
        this.heldOn = heldOn;
        this.attendees = attendees == null ? List.of() : List.copyOf(attendees);
        this.walkIns = walkIns == null ? List.of() : List.copyOf(walkIns);
        this.attendanceRevision = attendanceRevision;
        this.attendanceCorrectionReason = attendanceCorrectionReason;
        this.calendarSequence = calendarSequence;
        this.version = version;
    }

    public static Meeting schedule(
            String id, String programmeId, String networkId, MeetingKind kind, MeetingDetails details, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        requireFuture(details.time(), now, problems);
        if (kind.ofNetwork() && networkId == null) {
            problems.add(new FieldProblem("networkId", "is required for a " + kind));
        }
        if (!kind.ofNetwork() && networkId != null) {
            problems.add(new FieldProblem("networkId", "must be empty for a " + kind));
        }
        if (kind == MeetingKind.MUNICIPALITY_VISIT && details.venue().municipalityCode() == null) {
            problems.add(new FieldProblem("venue.municipalityCode", "must name the host municipality of a visit"));
        }
        if (details.feePerParticipant() != null && !kind.mayCharge()) {
            problems.add(new FieldProblem("feePerParticipant", "only open theme meetings charge a fee"));
        }
        if (details.feePerParticipant() != null
                && (details.feePerParticipant().signum() < 0
                        || details.feePerParticipant().scale() > 2)) {
            problems.add(new FieldProblem("feePerParticipant", "must be 0 or more with at most 2 decimals"));
        }
        checkDetails(details, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Meeting meeting = new Meeting(
                id,
                programmeId,
                networkId,
                kind,
                details.title(),
                details.time(),
                details.venue(),
                details.venue().key(),
                details.capacity(),
                details.signUpDeadline(),
                details.agenda(),
                details.feePerParticipant() == null
                        ? null
                        : details.feePerParticipant().setScale(2),
                MeetingStatus.SCHEDULED,
                null,
                List.of(),
                1,
                null,
                List.of(),
                List.of(),
                0,
                null,
                0,
                null);
        meeting.record(new MeetingEvent.Scheduled(
                id,
                programmeId,
                networkId,
                kind,
                meeting.title,
                meeting.time,
                meeting.venue,
                meeting.capacity,
                meeting.signUpDeadline,
                meeting.feePerParticipant,
                meeting.calendarUid(),
                meeting.calendarSequence,
                now));
        return meeting;
    }

    private static void requireFuture(MeetingTime time, Instant now, List<FieldProblem> problems) {
        if (!time.startsAt().isAfter(now)) {
            problems.add(new FieldProblem("startsAt", "must be in the future"));
        }
    }

    private static void checkDetails(MeetingDetails details, List<FieldProblem> problems) {
        if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "must be between 1 and " + MAX_CAPACITY));
        }
        if (details.signUpDeadline().isAfter(details.time().startsAt())) {
            problems.add(new FieldProblem("signUpDeadline", "must not be after the meeting starts"));
        }
    }

    /**
     * Changes the plan of a meeting not yet held. A new time or venue is announced as a
     * rescheduling; more seats promote people from the waiting list; fewer than already confirmed
     * are refused.
     */
    public void revise(MeetingDetails details, Instant now) {
        requireScheduled("Only a scheduled meeting can change");
        List<FieldProblem> problems = new ArrayList<>();
        if (!details.time().equals(time)) {
            requireFuture(details.time(), now, problems);
        }
        checkDetails(details, problems);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        if (details.capacity() < confirmed().size()) {
            throw new RuleViolationException(
                    "capacity-below-confirmed",
                    confirmed().size() + " participants are confirmed; the capacity cannot go below that");
        }
        boolean moved = !details.time().equals(time) || !Objects.equals(details.venue(), venue);
        title = details.title();
        time = details.time();
        venue = details.venue();
        venueKey = details.venue().key();
        capacity = details.capacity();
        signUpDeadline = details.signUpDeadline();
        agenda = details.agenda();
        promoteWaiting(now);
        if (moved) {
            calendarSequence++;
            record(new MeetingEvent.Rescheduled(
                    id, programmeId, networkId, time, venue, calendarUid(), calendarSequence, now));
        }
    }

    public void cancel(String reason, Instant now) {
        requireScheduled("Only a scheduled meeting can be cancelled");
        status = MeetingStatus.CANCELLED;
        cancellationReason = reason;
        calendarSequence++;
        record(new MeetingEvent.Cancelled(id, programmeId, networkId, reason, calendarUid(), calendarSequence, now));
    }

    /**
     * Signs a participant up: confirmed while seats are free, otherwise on the waiting list. After
     * the deadline only KL may; politicians only where they are welcome.
     */
    public SignUp signUp(String signUpId, Person person, String municipalityCode, boolean byKl, Instant now) {
        requireScheduled("Sign-ups are open only for a scheduled meeting");
        requireBeforeStart(now);
        requireBeforeDeadline(byKl, now);
        if (person.politician() && !kind.politiciansWelcome()) {
            throw new RuleViolationException(
                    "politicians-not-welcome",
                    "Politicians attend seminars, kick-offs " + "and conferences, not a " + kind);
        }
        Optional<SignUp> existing = activeSignUpOf(person.id());
        if (existing.isPresent()) {
            throw new ConflictException(
                    person.name() + " is already signed up",
                    existing.get().status().name());
        }
        SignUp.Status place = confirmed().size() < capacity ? SignUp.Status.CONFIRMED : SignUp.Status.WAITING;
        SignUp signUp = new SignUp(
                signUpId,
                person.id(),
                municipalityCode,
                person.name(),
                person.politician(),
                place,
                nextSequence++,
                now);
        signUps.add(signUp);
        record(new MeetingEvent.SignedUp(
                id,
                programmeId,
                networkId,
                signUp.id(),
                signUp.participantId(),
                municipalityCode,
                waitingPosition(signUp.id()).orElse(null),
                now));
        return signUp;
    }

    /**
     * KL signs an outside guest up for an open meeting or a follow-up group meeting: a seat while
     * there is one, else the waiting list, as for everyone. With a fee, the guest's organisation must
     * give what it is invoiced by. Guests' places are not announced: their names and e-mails stay here.
     */
    public SignUp signUpGuest(String signUpId, String guestId, Guest guest, Instant now) {
        if (!kind.guestsWelcome()) {
            throw new RuleViolationException(
                    "guests-not-welcome",
                    "Outside guests come to open meetings and the follow-up group, not a " + kind);
        }
        requireScheduled("Sign-ups are open only for a scheduled meeting");
        requireBeforeStart(now);
        List<FieldProblem> problems = new ArrayList<>();
        guest.organisation().check("organisation.", problems);
        if (charges() && guest.organisation().address() == null) {
            problems.add(new FieldProblem("organisation.address", "is required: the meeting has a fee"));
        }
        if (charges()
                && guest.organisation().cvr() == null
                && guest.organisation().ean() == null) {
            problems.add(
                    new FieldProblem("organisation.cvr", "or organisation.ean is required: the meeting has a fee"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Optional<SignUp> existing = signUps.stream()
                .filter(s -> s.active() && s.guest() && s.email().equalsIgnoreCase(guest.email()))
                .findFirst();
        if (existing.isPresent()) {
            throw new ConflictException(
                    "A guest with this e-mail is already signed up",
                    existing.get().status().name());
        }
        SignUp.Status place = confirmed().size() < capacity ? SignUp.Status.CONFIRMED : SignUp.Status.WAITING;
        SignUp signUp = SignUp.ofGuest(signUpId, guestId, guest, place, nextSequence++, now);
        signUps.add(signUp);
        return signUp;
    }

    private boolean charges() {
        return feePerParticipant != null && feePerParticipant.signum() > 0;
    }

    /** A participant no longer comes; a confirmed seat goes to the first on the waiting list. */
    public void cancelSignUp(String signUpId, boolean byKl, Instant now) {
        SignUp signUp = signUps.stream()
                .filter(s -> s.id().equals(signUpId) && s.active())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Sign-up", signUpId));
        requireScheduled("Sign-ups of a meeting that is not scheduled cannot change");
        requireBeforeDeadline(byKl, now);
        cancel(signUp, now);
    }

    /**
     * The participant's personal data was erased: their sign-ups, past and to come, keep their
     * place and status under the participant id, the name replaced.
     *
     * @return whether anything changed
     */
    public boolean pseudonymise(String participantId, String shownAs) {
        boolean changed = false;
        for (int i = 0; i < signUps.size(); i++) {
            SignUp signUp = signUps.get(i);
            if (signUp.participantId().equals(participantId) && !shownAs.equals(signUp.name())) {
                signUps.set(i, signUp.named(shownAs));
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Cancels the sign-ups that match, of a meeting still to come: a municipality withdrew, or a
     * participant was removed. Not bound by the deadline.
     *
     * @return whether anything changed
     */
    public boolean cancelSignUpsWhere(Predicate<SignUp> matching, Instant now) {
        if (status != MeetingStatus.SCHEDULED || !time.startsAt().isAfter(now)) {
            return false;
        }
        List<SignUp> cancelled =
                signUps.stream().filter(SignUp::active).filter(matching).toList();
        cancelled.forEach(signUp -> cancel(signUp, now));
        return !cancelled.isEmpty();
    }

    /**
     * Another person takes a participant's place at a meeting still to come, as a substitution: the
     * same seat, or the same place on the waiting list, whatever the deadline. Where the
     * replacement may not come (a politician where politicians are not welcome), or already has a
     * place, the participant's place is given up instead.
     *
     * @return whether anything changed
     */
    public boolean substitute(String participantId, Person replacement, Instant now) {
        if (status != MeetingStatus.SCHEDULED || !time.startsAt().isAfter(now)) {
            return false;
        }
        Optional<SignUp> held = activeSignUpOf(participantId);
        if (held.isEmpty()) {
            return false;
        }
        SignUp old = held.get();
        if ((replacement.politician() && !kind.politiciansWelcome())
                || activeSignUpOf(replacement.id()).isPresent()) {
            cancel(old, now);
            return true;
        }
        SignUp taken = new SignUp(
                UUID.nameUUIDFromBytes((old.id() + "/" + replacement.id()).getBytes(StandardCharsets.UTF_8))
                        .toString(),
                replacement.id(),
                old.municipalityCode(),
                replacement.name(),
                replacement.politician(),
                old.status(),
                old.sequence(),
                now);
        replace(old, old.with(SignUp.Status.CANCELLED));
        signUps.add(taken);
        record(new MeetingEvent.SignUpDropped(
                id,
                programmeId,
                networkId,
                old.id(),
                old.participantId(),
                old.municipalityCode(),
                old.status() == SignUp.Status.CONFIRMED,
                now));
        record(new MeetingEvent.SignedUp(
                id,
                programmeId,
                networkId,
                taken.id(),
                taken.participantId(),
                taken.municipalityCode(),
                waitingPosition(taken.id()).orElse(null),
                now));
        return true;
    }

    private void cancel(SignUp signUp, Instant now) {
        replace(signUp, signUp.with(SignUp.Status.CANCELLED));
        if (!signUp.guest()) {
            announceDropped(signUp, now);
        }
        promoteWaiting(now);
    }

    private void announceDropped(SignUp signUp, Instant now) {
        record(new MeetingEvent.SignUpDropped(
                id,
                programmeId,
                networkId,
                signUp.id(),
                signUp.participantId(),
                signUp.municipalityCode(),
                signUp.status() == SignUp.Status.CONFIRMED,
                now));
    }

    private void promoteWaiting(Instant now) {
        while (confirmed().size() < capacity) {
            Optional<SignUp> first = waiting().stream().findFirst();
            if (first.isEmpty()) {
                return;
            }
            SignUp promoted = first.get().with(SignUp.Status.CONFIRMED);
            replace(first.get(), promoted);
            if (promoted.guest()) {
                continue;
            }
            record(new MeetingEvent.Promoted(
                    id,
                    programmeId,
                    networkId,
                    promoted.id(),
                    promoted.participantId(),
                    promoted.municipalityCode(),
                    now));
        }
    }

    /**
     * KL records who came — only confirmed participants and guests, and walk-ins in place of
     * confirmed participants who did not come — and the meeting is held: from now on it never
     * changes.
     */
    public void recordAttendance(List<String> participantIds, List<WalkInRequest> walkInsCame, Instant now) {
        requireScheduled("Attendance is recorded once, for a scheduled meeting");
        if (now.isBefore(time.startsAt())) {
            throw new RuleViolationException("meeting-not-started", "Attendance is recorded after the meeting starts");
        }
        requireConfirmed(participantIds);
        List<String> came = participantIds.stream().distinct().toList();
        List<WalkIn> walkedIn = walkIns(came, walkInsCame);
        status = MeetingStatus.HELD;
        heldOn = time.day();
        walkIns = walkedIn;
        attendees = withWalkIns(came, walkedIn);
        record(new MeetingEvent.Held(
                id,
                programmeId,
                networkId,
                kind,
                title,
                heldOn,
                feePerParticipant,
                attendanceByMunicipality(),
                guestAttendance(List.of()),
                now));
    }

    /** A walk-in as KL records them: who, and the municipality in whose place they came. */
    public record WalkInRequest(String name, String email, String municipalityCode) {}

    /**
     * The walk-ins, each in place of a confirmed participant of their municipality who did not come:
     * a municipality has no more walk-ins than absent confirmed participants.
     */
    private List<WalkIn> walkIns(List<String> came, List<WalkInRequest> requested) {
        Map<String, Long> absent = confirmed().stream()
                .filter(s -> !s.guest() && !came.contains(s.participantId()))
                .collect(Collectors.groupingBy(SignUp::municipalityCode, Collectors.counting()));
        List<FieldProblem> problems = new ArrayList<>();
        List<WalkIn> walkedIn = new ArrayList<>();
        Map<String, Long> taken = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            WalkInRequest request = requested.get(i);
            WalkIn walkIn = WalkIn.of(id, request.name(), request.email(), request.municipalityCode());
            long places = taken.merge(walkIn.municipalityCode(), 1L, Long::sum);
            if (walkedIn.stream().anyMatch(w -> w.id().equals(walkIn.id()))) {
                problems.add(new FieldProblem("walkIns[" + i + "]", "is listed twice"));
            } else if (places > absent.getOrDefault(walkIn.municipalityCode(), 0L)) {
                problems.add(new FieldProblem(
                        "walkIns[" + i + "].municipalityCode",
                        "has no confirmed participant who did not come, in whose place a walk-in could come"));
            }
            walkedIn.add(walkIn);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        return List.copyOf(walkedIn);
    }

    private static List<String> withWalkIns(List<String> came, List<WalkIn> walkedIn) {
        List<String> all = new ArrayList<>(came);
        walkedIn.forEach(w -> all.add(w.id()));
        return List.copyOf(all);
    }

    /**
     * KL corrects who came to a held meeting, with a reason, until {@code window} after the meeting
     * ended. Each correction that changes the attendance is a new revision (1 for the first) and is
     * announced with the whole attendance as it now stands; one that changes nothing — the same
     * correction again — is no revision.
     *
     * @return whether the attendance changed
     */
    public boolean correctAttendance(
            List<String> participantIds, List<WalkInRequest> walkInsCame, String reason, Duration window, Instant now) {
        if (status != MeetingStatus.HELD) {
            throw new ConflictException("Only a held meeting's attendance can be corrected", status.name());
        }
        Instant closes = time.endsAt().plus(window);
        if (now.isAfter(closes)) {
            throw new RuleViolationException(
                    "attendance-correction-window-closed",
                    "Attendance can be corrected until " + closes + ", " + window.toDays()
                            + " days after the meeting; that has passed");
        }
        requireConfirmed(participantIds);
        List<String> came = participantIds.stream().distinct().toList();
        List<WalkIn> walkedIn = walkIns(came, walkInsCame);
        List<String> corrected = withWalkIns(came, walkedIn);
        if (Set.copyOf(corrected).equals(Set.copyOf(attendees))) {
            return false;
        }
        List<String> municipalitiesBefore = attendanceByMunicipality().stream()
                .map(MeetingEvent.Attendees::municipalityCode)
                .toList();
        List<String> organisationsBefore = guestAttendance(List.of()).stream()
                .map(MeetingEvent.GuestAttendees::organisationId)
                .toList();
        walkIns = walkedIn;
        attendees = corrected;
        attendanceRevision++;
        attendanceCorrectionReason = reason;
        record(new MeetingEvent.AttendanceCorrected(
                id,
                programmeId,
                networkId,
                kind,
                title,
                heldOn,
                attendanceRevision,
                feePerParticipant,
                attendanceByMunicipality(municipalitiesBefore),
                guestAttendance(organisationsBefore),
                reason,
                now));
        return true;
    }

    /** Only participants and guests with a confirmed seat can have come. */
    private void requireConfirmed(List<String> participantIds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < participantIds.size(); i++) {
            String participantId = participantIds.get(i);
            boolean confirmedHere =
                    confirmed().stream().anyMatch(s -> s.participantId().equals(participantId));
            if (!confirmedHere) {
                problems.add(new FieldProblem("participantIds[" + i + "]", "was not a confirmed participant"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    private List<MeetingEvent.Attendees> attendanceByMunicipality() {
        return attendanceByMunicipality(List.of());
    }

    /**
     * Per municipality its attendees; the municipalities given are listed even when none of theirs
     * came, so that a correction says so explicitly.
     */
    private List<MeetingEvent.Attendees> attendanceByMunicipality(List<String> listed) {
        Map<String, String> municipalityOf = new LinkedHashMap<>();
        signUps.stream()
                .filter(s -> !s.guest())
                .forEach(s -> municipalityOf.putIfAbsent(s.participantId(), s.municipalityCode()));
        walkIns.forEach(w -> municipalityOf.putIfAbsent(w.id(), w.municipalityCode()));
        Set<String> walkInIds = walkIns.stream().map(WalkIn::id).collect(Collectors.toSet());
        Map<String, List<String>> byMunicipality = new LinkedHashMap<>();
        listed.forEach(code -> byMunicipality.put(code, new ArrayList<>()));
        for (String participant : attendees) {
            String code = municipalityOf.get(participant);
            if (code != null) {
                byMunicipality.computeIfAbsent(code, c -> new ArrayList<>()).add(participant);
            }
        }
        return byMunicipality.entrySet().stream()
                .map(e -> new MeetingEvent.Attendees(
                        e.getKey(),
                        List.copyOf(e.getValue()),
                        e.getValue().stream().filter(walkInIds::contains).toList()))
                .toList();
    }

    /**
     * Per guest organisation the guests who came, by id; the organisations given are listed even
     * when none of their guests came.
     */
    private List<MeetingEvent.GuestAttendees> guestAttendance(List<String> listed) {
        Map<String, GuestOrganisation> organisations = new LinkedHashMap<>();
        Map<String, String> organisationOf = new LinkedHashMap<>();
        for (SignUp signUp : signUps) {
            if (signUp.guest()) {
                organisations.putIfAbsent(signUp.organisation().organisationId(), signUp.organisation());
                organisationOf.putIfAbsent(
                        signUp.participantId(), signUp.organisation().organisationId());
            }
        }
        Map<String, List<String>> guestsOf = new LinkedHashMap<>();
        listed.forEach(organisation -> guestsOf.put(organisation, new ArrayList<>()));
        for (String attendee : attendees) {
            String organisation = organisationOf.get(attendee);
            if (organisation != null) {
                guestsOf.computeIfAbsent(organisation, o -> new ArrayList<>()).add(attendee);
            }
        }
        return guestsOf.entrySet().stream()
                .map(e -> new MeetingEvent.GuestAttendees(
                        e.getKey(), organisations.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    /** 1 for the first on the waiting list; empty for a sign-up that is not waiting. */
    public Optional<Integer> waitingPosition(String signUpId) {
        List<SignUp> waiting = waiting();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(signUpId)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    public Optional<SignUp> signUp(String signUpId) {
        return signUps.stream().filter(s -> s.id().equals(signUpId)).findFirst();
    }

    private Optional<SignUp> activeSignUpOf(String participantId) {
        return signUps.stream()
                .filter(s -> s.active() && s.participantId().equals(participantId))
                .findFirst();
    }

    public List<SignUp> confirmed() {
        return signUps.stream()
                .filter(s -> s.status() == SignUp.Status.CONFIRMED)
                .toList();
    }

    public List<SignUp> waiting() {
        return signUps.stream()
                .filter(s -> s.status() == SignUp.Status.WAITING)
                .sorted(Comparator.comparingLong(SignUp::sequence))
                .toList();
    }

    private void replace(SignUp old, SignUp updated) {
        signUps.set(signUps.indexOf(old), updated);
    }

    private void requireScheduled(String message) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new ConflictException(message, status.name());
        }
    }

    private void requireBeforeStart(Instant now) {
        if (!now.isBefore(time.startsAt())) {
            throw new RuleViolationException("meeting-started", "The meeting has started");
        }
    }

    private void requireBeforeDeadline(boolean byKl, Instant now) {
        if (now.isAfter(signUpDeadline) && !byKl) {
            throw new RuleViolationException(
                    "sign-up-deadline-passed",
                    "The sign-up deadline " + signUpDeadline + " has passed; only KL can change sign-ups now");
        }
    }

    public String id() {
        return id;
    }

    public String programmeId() {
        return programmeId;
    }

    public String networkId() {
        return networkId;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public MeetingTime time() {
        return time;
    }

    public Venue venue() {
        return venue;
    }

    public int capacity() {
        return capacity;
    }

    public Instant signUpDeadline() {
        return signUpDeadline;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public BigDecimal feePerParticipant() {
        return feePerParticipant;
    }

    public MeetingStatus status() {
        return status;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public List<SignUp> signUps() {
        return List.copyOf(signUps);
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public List<String> attendees() {
        return attendees;
    }

    /** Those of the attendees who came in place of a signed-up participant. */
    public List<WalkIn> walkIns() {
        return walkIns;
    }

    /** 0 as recorded; grows by one with each correction. */
    public int attendanceRevision() {
        return attendanceRevision;
    }

    /** Why the attendance was last corrected; absent if it never was. */
    public String attendanceCorrectionReason() {
        return attendanceCorrectionReason;
    }

    /** The UID of the meeting's iCalendar event, the same in every feed and invitation. */
    public String calendarUid() {
        return id + "@partnerships.kl.dk";
    }

    /** Grows with every change calendar applications must show (time, place, cancellation). */
    public int calendarSequence() {
        return calendarSequence;
    }

    public Long version() {
        return version;
    }
}
