package dk.kl.partnerships.registration.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AuditLogRepository extends MongoRepository<AuditLogEntry, String> {

    Page<AuditLogEntry> findAllByOrderByRecordedAtDesc(Pageable page);

    Page<AuditLogEntry> findByMunicipalityCodesOrderByRecordedAtDesc(String municipalityCode, Pageable page);

    Page<AuditLogEntry> findByProgrammeIdOrderByRecordedAtDesc(String programmeId, Pageable page);

    Page<AuditLogEntry> findByProgrammeIdAndMunicipalityCodesOrderByRecordedAtDesc(
            String programmeId, String municipalityCode, Pageable page);
}
