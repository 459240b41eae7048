package dk.kl.partnerships.billing.meetingfee;

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
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Invoices each municipality for its attendees at a held meeting with a fee: quantity attendees,
 * unit price the fee, VAT at the programme's rate. The same meeting held twice bills once.
 */
@Service
public class MeetingFeeInvoicing {

    private static final Logger log = LoggerFactory.getLogger(MeetingFeeInvoicing.class);
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int BATCH = 100;

    private final MeetingChargeRepository charges;
    private final BillingProgrammeRepository programmes;
    private final InvoiceRepository invoices;
    private final InvoicingTerms terms;
    private final BuyerDetails buyers;
    private final BigDecimal defaultVatRate;
    private final Clock clock;

    MeetingFeeInvoicing(
            MeetingChargeRepository charges,
            BillingProgrammeRepository programmes,
            InvoiceRepository invoices,
            InvoicingTerms terms,
            BuyerDetails buyers,
            Clock clock) {
        this.charges = charges;
        this.programmes = programmes;
        this.invoices = invoices;
        this.terms = terms;
        this.buyers = buyers;
        this.defaultVatRate = terms.defaultVatRate();
        this.clock = clock;
    }

    /** One attendee count per municipality of a held meeting. */
    public record Attendees(String municipalityCode, int count) {}

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
                    attendees.municipalityCode(),
                    title,
                    heldOn,
                    Amounts.exact(feePerParticipant),
                    attendees.count(),
                    cause);
            try {
                charges.insert(charge);
            } catch (DuplicateKeyException alreadyCharged) {
                log.debug("Meeting {} was already charged to {}", meetingId, attendees.municipalityCode());
            }
            settle(charge.id());
        }
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
            if (charge.status() == MeetingCharge.Status.INVOICED) {
                return charge;
            }
            Optional<Buyer> buyer = buyers.current(charge.municipalityCode());
            if (buyer.isEmpty()) {
                log.info(
                        "Meeting fee {} waits for billing details of municipality {}",
                        chargeId,
                        charge.municipalityCode());
                return charge;
            }
            Invoice invoice = invoices.issue(invoice(charge, buyer.get()));
            charge.invoiced();
            log.info(
                    "Invoice {} issued to {} for {} attendees at meeting {}",
                    invoice.number(),
                    charge.municipalityCode(),
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
        String description = (charge.title() == null ? "Møde" : charge.title()) + ", "
                + DANISH_DATE.format(charge.heldOn()) + ": " + charge.attendees() + " deltager"
                + (charge.attendees() == 1 ? "" : "e");
        InvoiceLine line = InvoiceLine.of(
                description, BigDecimal.valueOf(charge.attendees()), charge.feePerParticipant(), vatRate);
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
}
