package dk.kl.partnerships.registration.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One change in the audit log. Its id is the id of the event that announced the change, so a change
 * is logged once however often, and under whichever delivery, its entry arrives. Each way the log is
 * read — everything, by municipality, by programme, by both — has its index, newest first.
 *
 * @param eventId           the id of the event that announced the change
 * @param service           the service that made it
 * @param eventType         what the change was: the event's logical name
 * @param subject           what it is about: the event's key
 * @param programmeId       the programme it concerns, if any
 * @param municipalityCodes the municipalities it concerns
 * @param actor             who made it
 * @param recordedAt        when it was stored
 */
@Document("audit_log")
@CompoundIndexes({
    @CompoundIndex(name = "newest_first", def = "{'recordedAt': -1}"),
    @CompoundIndex(name = "by_municipality", def = "{'municipalityCodes': 1, 'recordedAt': -1}"),
    @CompoundIndex(name = "by_programme", def = "{'programmeId': 1, 'recordedAt': -1}"),
    @CompoundIndex(
            name = "by_programme_and_municipality",
            def = "{'programmeId': 1, 'municipalityCodes': 1, 'recordedAt': -1}")
})
public record AuditLogEntry(
        @Id String eventId,
        String service,
        String eventType,
        String subject,
        String programmeId,
        List<String> municipalityCodes,
        Actor actor,
        Instant recordedAt) {

    public AuditLogEntry {
        municipalityCodes = municipalityCodes == null ? List.of() : List.copyOf(municipalityCodes);
    }

    /**
     * Who made a change: a user (by their token's subject, with their roles and, for a coordinator,
     * municipality), the event the change followed from, or the system (a scheduled job).
     */
    public record Actor(
            String kind, String userId, List<String> roles, String municipalityCode, String eventType, String eventId) {

        public Actor {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
