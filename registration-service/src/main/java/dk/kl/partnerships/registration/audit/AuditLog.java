package dk.kl.partnerships.registration.audit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The platform's audit log: every service's record of who made its changes, kept as they arrive and
 * read newest first, a page at a time, by municipality, by programme, or both.
 */
@Service
public class AuditLog {

    private final AuditLogRepository entries;

    AuditLog(AuditLogRepository entries) {
        this.entries = entries;
    }

    /** Keeps an entry; one for a change already logged is ignored, so the first record of a change stands. */
    public void record(AuditLogEntry entry) {
        try {
            entries.insert(entry);
        } catch (DuplicateKeyException alreadyLogged) {
            // the same change delivered again
        }
    }

    /** The entries concerning the municipality and the programme (each when given), newest first. */
    public Page<AuditLogEntry> find(String municipalityCode, String programmeId, Pageable page) {
        if (municipalityCode != null && programmeId != null) {
            return entries.findByProgrammeIdAndMunicipalityCodesOrderByRecordedAtDesc(
                    programmeId, municipalityCode, page);
        }
        if (municipalityCode != null) {
            return entries.findByMunicipalityCodesOrderByRecordedAtDesc(municipalityCode, page);
        }
        if (programmeId != null) {
            return entries.findByProgrammeIdOrderByRecordedAtDesc(programmeId, page);
        }
        return entries.findAllByOrderByRecordedAtDesc(page);
    }
}
