package dk.kl.partnerships.registration.audit.web;

import dk.kl.partnerships.kit.error.InvalidFieldException;
import dk.kl.partnerships.kit.web.PageResponse;
import dk.kl.partnerships.registration.audit.AuditLog;
import dk.kl.partnerships.registration.audit.AuditLogEntry;
import dk.kl.partnerships.security.OfficialMunicipalities;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditLogController {

    private static final Pattern PROGRAMME_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final AuditLog log;

    AuditLogController(AuditLog log) {
        this.log = log;
    }

    /** Who changed what and when, newest first, by municipality and programme (each optional): KL only. */
    @GetMapping("/api/audit-log")
    @PreAuthorize("hasRole('KL_ADMIN')")
    PageResponse<AuditLogItem> find(
            @RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String programmeId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (municipalityCode != null && !OfficialMunicipalities.isOfficial(municipalityCode)) {
            throw new InvalidFieldException("municipalityCode", "must be an official 3-digit municipality code");
        }
        if (programmeId != null && !PROGRAMME_ID.matcher(programmeId).matches()) {
            throw new InvalidFieldException("programmeId", "must be a programme id");
        }
        return PageResponse.of(
                log.find(municipalityCode, programmeId, PageResponse.request(page, size, Sort.unsorted())),
                AuditLogItem::of);
    }

    /** One change: what (the event), what it concerns, who made it and when. */
    record AuditLogItem(
            Instant recordedAt,
            String service,
            String eventType,
            String eventId,
            String subject,
            String programmeId,
            List<String> municipalityCodes,
            AuditLogEntry.Actor actor) {

        static AuditLogItem of(AuditLogEntry entry) {
            return new AuditLogItem(
                    entry.recordedAt(),
                    entry.service(),
                    entry.eventType(),
                    entry.eventId(),
                    entry.subject(),
                    entry.programmeId(),
                    entry.municipalityCodes(),
                    entry.actor());
        }
    }
}
