package dk.kl.partnerships.web.kl.invoices;

import static dk.kl.partnerships.web.export.Table.amount;
import static dk.kl.partnerships.web.export.Table.date;
import static dk.kl.partnerships.web.export.Table.text;

import dk.kl.partnerships.web.api.ApiPage;
import dk.kl.partnerships.web.api.billing.BillingApi;
import dk.kl.partnerships.web.api.billing.BillingApi.Invoice;
import dk.kl.partnerships.web.api.billing.BillingApi.InvoiceFilter;
import dk.kl.partnerships.web.api.registration.RegistrationApi;
import dk.kl.partnerships.web.export.Exports;
import dk.kl.partnerships.web.export.Table;
import dk.kl.partnerships.web.invoices.InvoiceDownloads;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every municipality's invoices and credit notes and the audit of the number series, for KL to read:
 * finance owns billing, so nothing here changes anything. Filtered by programme, municipality and
 * status; the filtered invoices export to CSV and XLSX.
 */
@Controller
class KlInvoicesController {

    static final String INVOICES = "/kl/fakturaer";
    static final int PAGE_SIZE = 25;
    /** The most invoices one export holds: a programme's instalments and fees for 98 municipalities fit. */
    static final int EXPORT_PAGES = 10;

    static final int EXPORT_PAGE_SIZE = 200;
    static final List<String> STATUSES = List.of("ISSUED", "PAID", "CREDITED");

    private final BillingApi billing;
    private final RegistrationApi registration;
    private final InvoiceDownloads downloads;
    private final Exports exports;
    private final MessageSource messages;
    private final Clock clock;

    KlInvoicesController(
            BillingApi billing,
            RegistrationApi registration,
            InvoiceDownloads downloads,
            Exports exports,
            MessageSource messages,
            Clock clock) {
        this.billing = billing;
        this.registration = registration;
        this.downloads = downloads;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(INVOICES)
    String invoices(
            @RequestParam(name = "program", required = false) String programmeId,
            @RequestParam(name = "kommune", required = false) String municipalityCode,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int side,
            Model model) {
        InvoiceFilter filter = filter(programmeId, municipalityCode, status);
        model.addAttribute("invoices", billing.invoices(filter, Math.max(side, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("names", registration.municipalityNames());
        model.addAttribute(
                "programme", filter.programmeId() == null ? null : registration.programme(filter.programmeId()));
        return "kl/invoices";
    }

    @GetMapping(INVOICES + ".{format}")
    ResponseEntity<byte[]> export(
            @PathVariable String format,
            @RequestParam(name = "program", required = false) String programmeId,
            @RequestParam(name = "kommune", required = false) String municipalityCode,
            @RequestParam(required = false) String status) {
        Exports.Format chosen = Exports.format(format);
        InvoiceFilter filter = filter(programmeId, municipalityCode, status);
        Table table = Table.of(
                "fakturaer",
                text("export.column.invoiceNumber"),
                text("export.column.municipalityCode"),
                text("export.column.buyer"),
                text("export.column.ean"),
                text("export.column.buyerReference"),
                date("export.column.issuedOn"),
                date("export.column.dueOn"),
                amount("export.column.net"),
                amount("export.column.vat"),
                amount("export.column.gross"),
                amount("export.column.outstanding"),
                text("export.column.invoiceStatus"));
        for (int page = 0; page < EXPORT_PAGES; page++) {
            ApiPage<Invoice> invoices = billing.invoices(filter, page, EXPORT_PAGE_SIZE);
            for (Invoice i : invoices.items()) {
                table.row(
                        i.number(),
                        i.municipalityCode(),
                        i.buyer() == null ? null : i.buyer().name(),
                        i.buyer() == null ? null : i.buyer().ean(),
                        i.buyer() == null ? null : i.buyer().reference(),
                        i.issuedOn(),
                        i.dueOn(),
                        i.netTotal(),
                        i.vatTotal(),
                        i.grossTotal(),
                        i.outstanding(),
                        messages.getMessage("invoiceStatus." + i.status(), null, i.status(), Exports.DANISH));
            }
            if (!invoices.hasNext()) {
                break;
            }
        }
        return exports.download(table, chosen);
    }

    @GetMapping(INVOICES + "/{id}")
    String invoice(@PathVariable String id, Model model) {
        model.addAttribute("invoice", billing.invoice(id));
        model.addAttribute("documents", downloads.documents());
        model.addAttribute("base", INVOICES);
        return "invoice";
    }

    @GetMapping(INVOICES + "/{id}/{document}")
    ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String document) {
        return downloads.download(id, document);
    }

    @GetMapping("/kl/kreditnotaer")
    String creditNotes(@RequestParam(defaultValue = "0") int side, Model model) {
        model.addAttribute("creditNotes", billing.creditNotes(null, Math.max(side, 0), PAGE_SIZE));
        model.addAttribute("names", registration.municipalityNames());
        return "kl/credit-notes";
    }

    @GetMapping("/kl/nummerkontrol")
    String numberAudit(@RequestParam(name = "aar", required = false) Integer year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int audited = year == null || year < 2000 || year > thisYear ? thisYear : year;
        model.addAttribute("audit", billing.numberAudit(audited));
        model.addAttribute(
                "years",
                IntStream.rangeClosed(0, 5).map(back -> thisYear - back).boxed().toList());
        return "kl/number-audit";
    }

    private InvoiceFilter filter(String programmeId, String municipalityCode, String status) {
        return new InvoiceFilter(
                municipalityCode == null || !municipalityCode.matches("\\d{3}") ? null : municipalityCode,
                programmeId == null || !programmeId.matches("[A-Za-z0-9-]{1,64}") ? null : programmeId,
                status != null && STATUSES.contains(status) ? status : null);
    }

    /** The filter as the query of this page's links (the pager's and the exports'). */
    private static String query(InvoiceFilter filter) {
        StringBuilder query = new StringBuilder();
        if (filter.programmeId() != null) {
            query.append("&program=").append(filter.programmeId());
        }
        if (filter.municipalityCode() != null) {
            query.append("&kommune=").append(filter.municipalityCode());
        }
        if (filter.status() != null) {
            query.append("&status=").append(filter.status());
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
