package dk.kl.partnerships.billing.registration;

import dk.kl.partnerships.billing.invoice.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one municipality owes for one programme (one per enrolment). Built from events that may
 * arrive in any order and more than once: joining, withdrawal and the programme's terms are
 * recorded as they come, and the instalment plan follows from whatever is known.
 */
@Document("memberships")
@CompoundIndexes({
    @CompoundIndex(name = "by_programme", def = "{'programmeId': 1}"),
    @CompoundIndex(name = "by_municipality_latest_joining", def = "{'municipalityCode': 1, 'joining.joinedOn': -1}"),
    @CompoundIndex(name = "by_instalment_due", def = "{'instalments.status': 1, 'instalments.dueOn': 1}")
})
public class Membership {

    @Id
    private final String enrolmentId;

    private final String programmeId;
    private final String municipalityCode;
    private Joining joining;
    private Leaving leaving;
    private final List<PlannedInstalment> instalments;

    @Version
    private Long version;

    @PersistenceCreator
    Membership(
            String enrolmentId,
            String programmeId,
            String municipalityCode,
            Joining joining,
            Leaving leaving,
            List<PlannedInstalment> instalments,
            Long version) {
        this.enrolmentId = enrolmentId;
        this.programmeId = programmeId;
        this.municipalityCode = municipalityCode;
        this.joining = joining;
        this.leaving = leaving;
        this.instalments = instalments == null ? new ArrayList<>() : new ArrayList<>(instalments);
        this.version = version;
    }

    public static Membership of(String enrolmentId, String programmeId, String municipalityCode) {
        return new Membership(enrolmentId, programmeId, municipalityCode, null, null, List.of(), null);
    }

    /** Records the joining; the first record wins, a repeated event changes nothing. */
    public void recordJoining(Joining facts) {
        if (joining == null) {
            joining = facts;
        }
    }

    public void recordLeaving(Leaving facts) {
        if (leaving == null) {
            leaving = facts;
        }
    }

    /** Plans the instalments from the programme's terms, once: dates from the joining date, amounts split exactly. */
    public void plan(ProgrammeTerms terms) {
        if (joining == null || !instalments.isEmpty()) {
            return;
        }
        List<BigDecimal> amounts = Amounts.split(
                terms.price(),
                terms.instalments().stream()
                        .map(ProgrammeTerms.Instalment::share)
                        .toList());
        for (int i = 0; i < amounts.size(); i++) {
            instalments.add(new PlannedInstalment(
                    i + 1,
                    amounts.size(),
                    joining.joinedOn().plusMonths(terms.instalments().get(i).dueOffsetMonths()),
                    amounts.get(i),
                    PlannedInstalment.Status.PLANNED,
                    null));
        }
    }

    /**
     * The planned instalments that are due by {@code today} and still owed: not those falling after
     * a withdrawal.
     */
    public List<PlannedInstalment> dueForInvoicing(LocalDate today) {
        return instalments.stream()
                .filter(i -> i.status() == PlannedInstalment.Status.PLANNED)
                .filter(i -> !i.dueOn().isAfter(today))
                .filter(i -> leaving == null || !i.dueOn().isAfter(leaving.withdrawnOn()))
                .toList();
    }

    public void markIssued(int number, String invoiceId) {
        replace(number, i -> i.issuedAs(invoiceId));
    }

    public List<PlannedInstalment> issuedInstalments() {
        return instalments.stream()
                .filter(i -> i.status() == PlannedInstalment.Status.ISSUED)
                .toList();
    }

    public void markCredited(int number) {
        replace(number, PlannedInstalment::credited);
    }

    /** After a withdrawal, instalments that would fall due later are never invoiced. */
    public boolean cancelInstalmentsAfterWithdrawal() {
        if (leaving == null) {
            return false;
        }
        boolean changed = false;
        for (PlannedInstalment instalment : List.copyOf(instalments)) {
            if (instalment.status() == PlannedInstalment.Status.PLANNED
                    && instalment.dueOn().isAfter(leaving.withdrawnOn())) {
                replace(instalment.number(), PlannedInstalment::cancelled);
                changed = true;
            }
        }
        return changed;
    }

    private void replace(int number, Function<PlannedInstalment, PlannedInstalment> change) {
        for (int i = 0; i < instalments.size(); i++) {
            if (instalments.get(i).number() == number) {
                instalments.set(i, change.apply(instalments.get(i)));
            }
        }
    }

    /** The id of the invoice for an instalment: derived from the enrolment, so it is issued at most once. */
    public String invoiceIdFor(PlannedInstalment instalment) {
        return "inv-" + enrolmentId + "-" + instalment.number();
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Optional<Joining> joining() {
        return Optional.ofNullable(joining);
    }

    public Optional<Leaving> leaving() {
        return Optional.ofNullable(leaving);
    }

    public List<PlannedInstalment> instalments() {
        return List.copyOf(instalments);
    }

    public Long version() {
        return version;
    }
}
