package dk.kl.partnerships.billing.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.billing.invoice.Cause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTests {

    private static final LocalDate JOINED = LocalDate.of(2026, 3, 1);
    private static final ProgrammeTerms PARTNERSHIP = new ProgrammeTerms(
            "p",
            "PARTNERSHIP",
            "Partnerskab",
            LocalDate.of(2026, 9, 1),
            LocalDate.of(2028, 8, 31),
            new BigDecimal("110000.00"),
            new BigDecimal("25.00"),
            "DKK",
            List.of(
                    new ProgrammeTerms.Instalment(0, new BigDecimal("0.50")),
                    new ProgrammeTerms.Instalment(12, new BigDecimal("0.50"))));

    @Test
    void plansInstalmentsFromTheJoiningDateOnce() {
        Membership membership = joined();

        membership.plan(PARTNERSHIP);
        membership.plan(PARTNERSHIP);

        assertThat(membership.instalments())
                .extracting(PlannedInstalment::dueOn)
                .containsExactly(JOINED, JOINED.plusMonths(12));
        assertThat(membership.instalments())
                .extracting(PlannedInstalment::netAmount)
                .containsExactly(new BigDecimal("55000.00"), new BigDecimal("55000.00"));
    }

    @Test
    void onlyInstalmentsDueAndNotAfterAWithdrawalAreInvoiced() {
        Membership membership = joined();
        membership.plan(PARTNERSHIP);

        assertThat(membership.dueForInvoicing(JOINED.plusMonths(13))).hasSize(2);
        membership.recordLeaving(new Leaving(JOINED.plusMonths(2), "reason", new Cause("MunicipalityWithdrew", "w")));
        assertThat(membership.dueForInvoicing(JOINED.plusMonths(13)))
                .extracting(PlannedInstalment::number)
                .containsExactly(1);
        assertThat(membership.cancelInstalmentsAfterWithdrawal()).isTrue();
        assertThat(membership.instalments().get(1).status()).isEqualTo(PlannedInstalment.Status.CANCELLED);
    }

    @Test
    void theFirstRecordOfAFactWins() {
        Membership membership = joined();
        membership.recordJoining(new Joining(JOINED.plusDays(5), null, new Cause("MunicipalityJoined", "later")));

        assertThat(membership.joining().orElseThrow().joinedOn()).isEqualTo(JOINED);
    }

    @Test
    void theDefaultPolicyCreditsOnlyWithdrawalsBeforeTheStart() {
        LocalDate start = PARTNERSHIP.startsOn();

        assertThat(WithdrawalPolicy.DEFAULT.creditsIssuedInvoices(start.minusDays(1), start))
                .isTrue();
        assertThat(WithdrawalPolicy.DEFAULT.creditsIssuedInvoices(start, start)).isFalse();
        assertThat(new WithdrawalPolicy(true, true).creditsIssuedInvoices(start.plusMonths(3), start))
                .isTrue();
    }

    private static Membership joined() {
        Membership membership = Membership.of("e", "p", "630");
        membership.recordJoining(new Joining(JOINED, null, new Cause("MunicipalityJoined", "j")));
        return membership;
    }

    @Test
    void theCreditReasonNamesTheRuleThatWasApplied() {
        LocalDate start = LocalDate.of(2027, 1, 1);
        Cause cause = new Cause("MunicipalityWithdrew", "e-9");

        assertThat(WithdrawalPolicy.creditReason(
                        new Leaving(LocalDate.of(2026, 12, 1), "Byrådsbeslutning", cause), start))
                .contains("før start");
        assertThat(WithdrawalPolicy.creditReason(
                        new Leaving(LocalDate.of(2027, 3, 1), "Byrådsbeslutning", cause), start))
                .contains("efter start")
                .doesNotContain("før start");
    }
}
