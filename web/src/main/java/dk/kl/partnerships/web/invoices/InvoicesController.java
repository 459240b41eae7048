package dk.kl.partnerships.web.invoices;

import dk.kl.partnerships.web.api.billing.BillingApi;
import dk.kl.partnerships.web.signin.PlatformUser;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's invoices, newest first and paged, each with its lines, payments and documents. */
@Controller
class InvoicesController {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("ISSUED", "PAID", "CREDITED");

    private final BillingApi billing;
    private final InvoiceDownloads downloads;

    InvoicesController(BillingApi billing, InvoiceDownloads downloads) {
        this.billing = billing;
        this.downloads = downloads;
    }

    @GetMapping("/fakturaer")
    String list(
            @AuthenticationPrincipal PlatformUser user,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int side,
            Model model) {
        String filter = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("invoices", billing.invoices(user.municipalityCode(), filter, Math.max(side, 0), PAGE_SIZE));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", STATUSES);
        return "invoices";
    }

    @GetMapping("/fakturaer/{id}")
    String invoice(@PathVariable String id, Model model) {
        model.addAttribute("invoice", billing.invoice(id));
        model.addAttribute("documents", downloads.documents());
        model.addAttribute("base", "/fakturaer");
        return "invoice";
    }

    @GetMapping("/fakturaer/{id}/{document}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String document) {
        return downloads.download(id, document);
    }
}
