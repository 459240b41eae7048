package dk.kl.partnerships.evaluation.registration;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One municipality's enrolment in one programme: when it joined and, if so, when it withdrew. */
@Document("participations")
@CompoundIndex(name = "by_programme_and_municipality", def = "{'programmeId': 1, 'municipalityCode': 1}")
public class Participation {

    @Id
    private final String enrolmentId;

    @Indexed(name = "by_programme")
    private final String programmeId;

    private final String municipalityCode;
    private LocalDate joinedOn;
    private LocalDate withdrawnOn;

    @Version
    private Long version;

    @PersistenceCreator
    Participation(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            LocalDate joinedOn,
            LocalDate withdrawnOn,
            Long version) {
        this.enrolmentId = enrolmentId;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.joinedOn = joinedOn;
        this.withdrawnOn = withdrawnOn;
        this.version = version;
    }

    static Participation of(String enrolmentId, String programmeId, String municipalityCode) {
        return new Participation(enrolmentId, programmeId, municipalityCode, null, null, null);
    }

    void joined(LocalDate on) {
        joinedOn = on;
    }

    void withdrew(LocalDate on) {
        withdrawnOn = on;
    }

    public boolean joined() {
        return joinedOn != null;
    }

    public boolean withdrawn() {
        return withdrawnOn != null;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }
}
