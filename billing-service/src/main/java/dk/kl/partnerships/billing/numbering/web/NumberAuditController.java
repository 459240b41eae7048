package dk.kl.partnerships.billing.numbering.web;

import dk.kl.partnerships.billing.numbering.NumberAudit;
import dk.kl.partnerships.billing.numbering.NumberAuditing;
import dk.kl.partnerships.kit.web.ApiDates;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NumberAuditController {

    private final NumberAuditing audits;

    NumberAuditController(NumberAuditing audits) {
        this.audits = audits;
    }

    /** Proof that the invoice and credit-note series of a year have no gaps and no duplicates. */
    @GetMapping("/api/billing/number-audit")
    @PreAuthorize("hasAnyRole('FINANCE', 'KL_ADMIN')")
    AuditResponse audit(@RequestParam(required = false) Integer year) {
        int audited = year == null ? audits.currentYear() : ApiDates.requireYear("year", year);
        List<NumberAudit> series = audits.audit(audited);
        return new AuditResponse(audited, series.stream().allMatch(NumberAudit::complete), series);
    }

    record AuditResponse(int year, boolean complete, List<NumberAudit> series) {}
}
