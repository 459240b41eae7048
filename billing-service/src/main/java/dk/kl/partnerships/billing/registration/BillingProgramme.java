package dk.kl.partnerships.billing.registration;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** The local copy of a published programme's terms, kept from its events; never fetched at request time. */
@Document("programmes")
public class BillingProgramme {

    @Id
    private final String id;

    private final ProgrammeTerms terms;
    private LocalDate completedOn;

    @PersistenceCreator
    BillingProgramme(String id, ProgrammeTerms terms, LocalDate completedOn) {
        this.id = id;
        this.terms = terms;
        this.completedOn = completedOn;
    }

    public static BillingProgramme published(ProgrammeTerms terms) {
        return new BillingProgramme(terms.programmeId(), terms, null);
    }

    public String id() {
        return id;
    }

    public ProgrammeTerms terms() {
        return terms;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
