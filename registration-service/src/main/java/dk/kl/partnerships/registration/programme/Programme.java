package dk.kl.partnerships.registration.programme;

import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.error.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partnership or network programme. Its terms can be revised while it is a draft; once
 * published, price and plan never change (a new programme is the correction).
 */
@Document("programmes")
@CompoundIndex(name = "by_status_and_start", def = "{'status': 1, 'terms.startsOn': 1}")
@CompoundIndex(name = "by_status_and_end", def = "{'status': 1, 'terms.endsOn': 1}")
public class Programme extends AggregateRoot<ProgrammeEvent> {

    @Id
    private final String id;

    private ProgrammeTerms terms;
    private String frameworkKey;
    private ProgrammeStatus status;
    private Instant publishedAt;
    private LocalDate completedOn;
    private LocalDate personalDataErasedOn;

    @Version
    private Long version;

    @PersistenceCreator
    Programme(
            String id,
            ProgrammeTerms terms,
            String frameworkKey,
            ProgrammeStatus status,
            Instant publishedAt,
            LocalDate completedOn,
            LocalDate personalDataErasedOn,
            Long version) {
        this.id = id;
        this.terms = terms;
        this.frameworkKey = frameworkKey;
        this.status = status;
        this.publishedAt = publishedAt;
        this.completedOn = completedOn;
        this.personalDataErasedOn = personalDataErasedOn;
        this.version = version;
    }

    /** A draft on these terms, to be evaluated against the quality framework with this key. */
    public static Programme draft(String id, ProgrammeTerms terms, String frameworkKey) {
        return new Programme(id, terms, frameworkKey, ProgrammeStatus.DRAFT, null, null, null, null);
    }

    public void revise(ProgrammeTerms revised, String revisedFrameworkKey) {
        requireStatus(ProgrammeStatus.DRAFT, "A published programme's terms cannot change; create a new programme");
        this.terms = revised;
        this.frameworkKey = revisedFrameworkKey;
    }

    public void publish(Instant now) {
        requireStatus(ProgrammeStatus.DRAFT, "Only a draft can be published");
        this.status = ProgrammeStatus.PUBLISHED;
        this.publishedAt = now;
        record(new ProgrammeEvent.Published(id, terms, frameworkKey, now));
    }

    public void complete(LocalDate on) {
        requireStatus(ProgrammeStatus.PUBLISHED, "Only a published programme can be completed");
        this.status = ProgrammeStatus.COMPLETED;
        this.completedOn = on;
        record(new ProgrammeEvent.Completed(id, on));
    }

    /** Completes a published programme on its end date, the day its period is over. */
    public void completeAtItsEnd() {
        complete(terms.endsOn());
    }

    /**
     * The participants' personal data of this completed programme has been erased, its retention
     * period over; the retention check passes it by from now on.
     */
    public void personalDataErased(LocalDate on) {
        requireStatus(ProgrammeStatus.COMPLETED, "Only a completed programme's personal data expires");
        this.personalDataErasedOn = on;
    }

    /** Open for declarations of interest and council approvals. */
    public boolean isOpen() {
        return status == ProgrammeStatus.PUBLISHED;
    }

    private void requireStatus(ProgrammeStatus required, String message) {
        if (status != required) {
            throw new ConflictException(message, status.name());
        }
    }

    public String id() {
        return id;
    }

    public ProgrammeTerms terms() {
        return terms;
    }

    /** The quality framework chosen at creation; null only for a programme created before it was chosen. */
    public String frameworkKey() {
        return frameworkKey;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    /** When the retention check erased the participants' personal data; null while it is kept. */
    public LocalDate personalDataErasedOn() {
        return personalDataErasedOn;
    }

    public Long version() {
        return version;
    }
}
