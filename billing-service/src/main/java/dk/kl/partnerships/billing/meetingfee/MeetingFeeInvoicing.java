package dk.kl.partnerships.billing.meetingfee;

import dk.kl.partnerships.billing.creditnote.Crediting;
import dk.kl.partnerships.billing.invoice.Amounts;
import dk.kl.partnerships.billing.invoice.Buyer;
import dk.kl.partnerships.billing.invoice.Cause;
import dk.kl.partnerships.billing.invoice.Invoice;
import dk.kl.partnerships.billing.invoice.InvoiceLine;
import dk.kl.partnerships.billing.invoice.InvoiceRepository;
import dk.kl.partnerships.billing.invoice.InvoicingTerms;
import dk.kl.partnerships.billing.registration.BillingProgramme;
import dk.kl.partnerships.billing.registration.BillingProgrammeRepository;
import dk.kl.partnerships.billing.registration.BuyerDetails;
import dk.kl.partnerships.billing.registration.JoiningRecorded;
import dk.kl.partnerships.kit.domain.ConflictRetry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Invoices each municipality for its attendees at a held meeting with a fee (walk-ins count as its
 * attendees), and each guest organisation for its guests, one invoice per meeting to the details
 * given at sign-up: quantity attendees,
 * unit price the fee, VAT at the programme's rate. The same meeting held twice bills once. A
 * corrected attendance settles the difference per municipality against what was invoiced for the
 * meeting: a credit note (through {@link Crediting}) for fewer attendees, a supplementary invoice for
 * more; each revision once, an older one never.
 */
@Service
public class MeetingFeeInvoicing {

    private static final Logger log = LoggerFactory.getLogger(MeetingFeeInvoicing.class);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int BATCH = 100;
    /** More than the municipalities there are, so every charge of a meeting is read. */
    private static final int MUNICIPALITIES = 200;

    private final MeetingChargeRepository charges;
    private final MeetingFeeRevisionRepository revisions;
    private final Crediting crediting;
    private final BillingProgrammeRepository programmes;
    private final InvoiceRepository invoices;
    private final InvoicingTerms terms;
    private final BuyerDetails buyers;
    private final BigDecimal defaultVatRate;
    private final Clock clock;

    MeetingFeeInvoicing(
            MeetingChargeRepository charges,
            MeetingFeeRevisionRepository revisions,
            Crediting crediting,
            BillingProgrammeRepository programmes,
            InvoiceRepository invoices,
            InvoicingTerms terms,
            BuyerDetails buyers,
            Clock clock) {
        this.charges = charges;
        this.revisions = revisions;
        this.crediting = crediting;
        this.programmes = programmes;
        this.invoices = invoices;
        this.terms = terms;
        this.buyers = buyers;
        this.defaultVatRate = terms.defaultVatRate();
        this.clock = clock;
    }

    /** One attendee count per municipality, or per guest organisation, of a held meeting. */
    public record Attendees(Payer payer, int count) {}

    public void meetingHeld(
            String meetingId,
            String programmeId,
            String title,
            LocalDate heldOn,
            BigDecimal feePerParticipant,
            List<Attendees> attendance,
            Cause cause) {
        if (feePerParticipant == null || feePerParticipant.signum() <= 0) {
            return;
        }
        for (Attendees attendees : attendance) {
            if (attendees.count() == 0) {
                continue;
            }
            MeetingCharge charge = MeetingCharge.of(
                    meetingId,
                    programmeId,
                    attendees.payer(),
                    title,
                    heldOn,
                    Amounts.exact(feePerParticipant),
                    attendees.count(),
                    0,
                    cause);
            try {
                charges.insert(charge);
            } catch (DuplicateKeyException alreadyCharged) {
                log.debug(
                        "Meeting {} was already charged to {}",
                        meetingId,
                        attendees.payer().key());
            }
            settle(charge.id());
        }
    }

    /**
     * KL corrected who attended: {@code attendance} is the whole attendance of this revision, a
     * municipality left out had nobody there. Each municipality's charge follows it; what was already
     * invoiced is credited (fewer attendees) or supplemented (more). A revision no newer than the last
     * settled one changes nothing.
     */
    public void attendanceCorrected(
            String meetingId,
            String programmeId,
            String title,
            LocalDate heldOn,
            int revision,
            BigDecimal feePerParticipant,
            List<Attendees> attendance,
            String reason,
            Cause cause) {
        if (feePerParticipant == null || feePerParticipant.signum() <= 0) {
            return;
        }
        int settled =
                revisions.findById(meetingId).map(MeetingFeeRevision::revision).orElse(0);
        if (revision <= settled) {
            log.info(
                    "Attendance revision {} of meeting {} is not newer than {}: ignored", revision, meetingId, settled);
            return;
        }
        Map<String, Payer> payers = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        charges.findByMeetingId(meetingId, PageRequest.of(0, MUNICIPALITIES)).forEach(charge -> {
            payers.put(charge.payer().key(), charge.payer());
            counts.put(charge.payer().key(), 0);
        });
        attendance.forEach(a -> {
            payers.putIfAbsent(a.payer().key(), a.payer());
            counts.put(a.payer().key(), a.count());
        });
        counts.forEach((payer, count) -> correct(
                meetingId,
                programmeId,
                payers.get(payer),
                title,
                heldOn,
                Amounts.exact(feePerParticipant),
                count,
                revision,
                reason,
                cause));
        ConflictRetry.upsert(
                () -> revisions.findById(meetingId),
                () -> MeetingFeeRevision.first(meetingId),
                stored -> stored.advanceTo(revision),
                revisions::save);
    }

    private void correct(
            String meetingId,
            String programmeId,
            Payer payer,
            String title,
            LocalDate heldOn,
            BigDecimal fee,
            int count,
            int revision,
            String reason,
            Cause cause) {
        String chargeId = MeetingCharge.idFor(meetingId, payer);
        if (charges.findById(chargeId).isEmpty()) {
            if (count == 0) {
                return;
            }
            try {
                charges.insert(
                        MeetingCharge.of(meetingId, programmeId, payer, title, heldOn, fee, count, revision, cause));
            } catch (DuplicateKeyException chargedMeanwhile) {
                correct(meetingId, programmeId, payer, title, heldOn, fee, count, revision, reason, cause);
                return;
            }
            settle(chargeId);
            return;
        }
        ConflictRetry.run(() -> {
            MeetingCharge charge = charges.findById(chargeId).orElseThrow();
            if (charge.reflects(revision)) {
                return charge;
            }
            if (charge.status() == MeetingCharge.Status.INVOICED) {
                int difference = count - charge.attendees();
                if (difference > 0) {
                    charge.supplemented(supplement(charge, difference, revision, cause));
                } else if (difference < 0) {
                    credit(charge, -difference, revision, reason, cause);
                }
            }
            charge.corrected(count, revision);
            return charges.save(charge);
        });
        settle(chargeId);
    }

    /** A supplementary invoice for the attendees the first invoice did not count. */
    private String supplement(MeetingCharge charge, int attendees, int revision, Cause cause) {
        Invoice issued = invoices.find(charge.id()).orElseThrow();
        Invoice supplement = invoices.issue(Invoice.issue(
                charge.documentIdFor("inv-", revision),
                charge.municipalityCode(),
                terms.seller(),
                charge.payer().guestOrganisation()
                        ? issued.buyer()
                        : buyers.current(charge.municipalityCode()).orElse(issued.buyer()),
                charge.programmeId(),
                LocalDate.now(clock),
                terms.paymentTermsDays(),
                terms.currency(),
                List.of(line(charge, attendees, issued.lines().get(0).vatRate(), "tillæg efter rettet fremmøde, ")),
                cause));
        log.info(
                "Supplementary invoice {} to {} for {} more attendees at meeting {}",
                supplement.number(),
                charge.payer().key(),
                attendees,
                charge.meetingId());
        return supplement.id();
    }

    /**
     * Credits attendees no longer counted, from the newest of the charge's invoices back, each
     * invoice with one credit note per revision.
     */
    private void credit(MeetingCharge charge, int attendees, int revision, String reason, Cause cause) {
        BigDecimal left = BigDecimal.valueOf(attendees);
        List<String> newestFirst = new ArrayList<>(charge.invoiceIds());
        Collections.reverse(newestFirst);
        for (String invoiceId : newestFirst) {
            if (left.signum() == 0) {
                return;
            }
            Invoice invoice = invoices.find(invoiceId).orElseThrow();
            String creditNoteId = charge.documentIdFor("cn-", revision)
                    + (invoiceId.equals(charge.id()) ? "" : "-" + invoiceId.substring(invoiceId.lastIndexOf('-') + 1));
            if (invoice.creditNoteIds().contains(creditNoteId)) {
                left = left.subtract(creditedBy(creditNoteId));
                continue;
            }
            BigDecimal creditable = invoice.uncredited(0).min(left);
            if (creditable.signum() == 0) {
                continue;
            }
            crediting.credit(
                    creditNoteId, invoiceId, Map.of(0, Amounts.exact(creditable)), "Rettet fremmøde: " + reason, cause);
            left = left.subtract(creditable);
            log.info(
                    "Credit note {} to {} for {} fewer attendees at meeting {}",
                    creditNoteId,
                    charge.payer().key(),
                    creditable,
                    charge.meetingId());
        }
    }

    private BigDecimal creditedBy(String creditNoteId) {
        return crediting.creditedQuantity(creditNoteId);
    }

    /** A municipality that has just joined a programme can now be invoiced for meetings it attended. */
    @EventListener
    void on(JoiningRecorded joined) {
        charges.findByStatusAndMunicipalityCode(MeetingCharge.Status.PENDING, joined.municipalityCode())
                .forEach(charge -> settle(charge.id()));
    }

    public int settleAllPending() {
        List<MeetingCharge> pending = charges.findByStatus(MeetingCharge.Status.PENDING, PageRequest.of(0, BATCH));
        pending.forEach(charge -> settle(charge.id()));
        return pending.size();
    }

    private void settle(String chargeId) {
        ConflictRetry.run(() -> {
            MeetingCharge charge = charges.findById(chargeId).orElseThrow();
            if (charge.status() != MeetingCharge.Status.PENDING) {
                return charge;
            }
            Optional<Buyer> buyer = charge.payer().guestOrganisation()
                    ? Optional.of(charge.payer().organisation())
                    : buyers.current(charge.municipalityCode());
            if (buyer.isEmpty()) {
                log.info(
                        "Meeting fee {} waits for billing details of municipality {}",
                        chargeId,
                        charge.payer().key());
                return charge;
            }
            Invoice invoice = invoices.issue(invoice(charge, buyer.get()));
            charge.invoiced();
            log.info(
                    "Invoice {} issued to {} for {} attendees at meeting {}",
                    invoice.number(),
                    charge.payer().key(),
                    charge.attendees(),
                    charge.meetingId());
            return charges.save(charge);
        });
    }

    private Invoice invoice(MeetingCharge charge, Buyer buyer) {
        BigDecimal vatRate = programmes
                .findById(charge.programmeId())
                .map(BillingProgramme::terms)
                .map(t -> t.vatRate())
                .orElse(defaultVatRate);
        InvoiceLine line = line(charge, charge.attendees(), vatRate, "");
        return Invoice.issue(
                charge.id(),
                charge.municipalityCode(),
                terms.seller(),
                buyer,
                charge.programmeId(),
                LocalDate.now(clock),
                terms.paymentTermsDays(),
                terms.currency(),
                List.of(line),
                charge.cause());
    }

    private static InvoiceLine line(MeetingCharge charge, int attendees, BigDecimal vatRate, String note) {
        String description = (charge.title() == null ? "Møde" : charge.title()) + ", "
                + DANISH_DATE.format(charge.heldOn()) + ": " + note + attendees + " deltager"
                + (attendees == 1 ? "" : "e");
        return InvoiceLine.of(description, BigDecimal.valueOf(attendees), charge.feePerParticipant(), vatRate);
    }
}
