package dk.kl.partnerships.meeting.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One municipality's standing in one programme (one enrolment): whether it has joined or
 * withdrawn, and the people it has named. Built from registration's events, each applied so that
 * applying it twice changes nothing.
 */
@Document("rosters")
@CompoundIndexes({
    @CompoundIndex(name = "by_programme_and_municipality", def = "{'programmeId': 1, 'municipalityCode': 1}"),
    @CompoundIndex(name = "by_participant", def = "{'participants._id': 1}"),
    @CompoundIndex(name = "by_municipality", def = "{'municipalityCode': 1}")
})
public class Roster {

    @Id
    private final String enrolmentId;

    private final String programmeId;
    private final String municipalityCode;
    private String municipalityName;
    private boolean joined;
    private boolean withdrawn;
    private final List<Person> participants;

    @Version
    private Long version;

    @PersistenceCreator
    Roster(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            String municipalityName,
            boolean joined,
            boolean withdrawn,
            List<Person> participants,
            Long version) {
        this.enrolmentId = enrolmentId;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.municipalityName = municipalityName;
        this.joined = joined;
        this.withdrawn = withdrawn;
        this.participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
        this.version = version;
    }

    static Roster of(String enrolmentId, String programmeId, String municipalityCode) {
        return new Roster(enrolmentId, programmeId, municipalityCode, null, false, false, List.of(), null);
    }

    void joined(String name) {
        joined = true;
        municipalityName = name;
    }

    void withdrew() {
        withdrawn = true;
    }

    void register(Person person) {
        if (participants.stream().noneMatch(p -> p.id().equals(person.id()))) {
            participants.add(person);
        }
    }

    /** The participant's name and e-mail address go; the id stays, so sign-ups still add up. */
    void erase(String participantId) {
        participants.replaceAll(p -> p.id().equals(participantId) ? p.erase() : p);
    }

    void remove(String participantId) {
        participants.removeIf(p -> p.id().equals(participantId));
    }

    /** Taking part: joined and not withdrawn. */
    public boolean active() {
        return joined && !withdrawn;
    }

    public Optional<Person> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
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

    public String municipalityName() {
        return municipalityName;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public List<Person> participants() {
        return List.copyOf(participants);
    }
}
