package dk.kl.partnerships.contracts.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail: a service announced a state change (the event {@code eventId} of
 * type {@code eventType}) and this says who made it and when. The service stores it in the same
 * write as the change and its event, and publishes it on its own audit topic, so there is an entry
 * for every change announced and none for a change that was not stored.
 *
 * @param service           the application name of the service that made the change, e.g. {@code registration-service}
 * @param eventId           the id ({@code ce_id}) of the event that announced the change
 * @param eventType         its logical name, e.g. {@code MunicipalityWithdrew}
 * @param subject           its record key: what the change is about (the record key of this entry too)
 * @param programmeId       the programme the change concerns, if any
 * @param municipalityCodes the municipalities the change concerns (none, one, or a network's or a meeting's)
 * @param actor             who made the change
 * @param recordedAt        when the change was stored
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecorded(
        String service,
        String eventId,
        String eventType,
        String subject,
        String programmeId,
        List<String> municipalityCodes,
        Actor actor,
        Instant recordedAt)
        implements IntegrationEvent {

    public AuditRecorded {
        Require.text(service, "service");
        Require.text(eventId, "eventId");
        Require.text(eventType, "eventType");
        Require.text(subject, "subject");
        municipalityCodes = Require.list(municipalityCodes);
        Require.present(actor, "actor");
        Require.present(recordedAt, "recordedAt");
    }

    @Override
    public String key() {
        return subject;
    }
}
