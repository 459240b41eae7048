package dk.kl.partnerships.meeting.certificate.web;

import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.meeting.certificate.Certificate;
import dk.kl.partnerships.meeting.certificate.CertificatePrinting;
import dk.kl.partnerships.meeting.certificate.Certificates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CertificateController {

    private final Certificates certificates;
    private final CertificatePrinting printing;

    CertificateController(Certificates certificates, CertificatePrinting printing) {
        this.certificates = certificates;
        this.printing = printing;
    }

    /** The participant's certificate: KL, or their own municipality's coordinator. */
    @GetMapping(
            value = "/api/programmes/{programmeId}/participants/{participantId}/certificate",
            produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('KL_ADMIN', 'MUNICIPALITY')")
    ResponseEntity<byte[]> certificate(
            Caller caller, @PathVariable String programmeId, @PathVariable String participantId) {
        Certificate certificate = certificates.of(caller, programmeId, participantId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("deltagerbevis-" + participantId + ".pdf")
                                .build()
                                .toString())
                .body(printing.print(certificate));
    }
}
