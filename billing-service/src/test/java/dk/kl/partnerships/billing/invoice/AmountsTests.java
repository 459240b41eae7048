package dk.kl.partnerships.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTests {

    @Test
    void vatIsRoundedHalfUpToTheOere() {
        assertThat(Amounts.vat(new BigDecimal("55000.00"), new BigDecimal("25.00")))
                .isEqualByComparingTo("13750.00");
        assertThat(Amounts.vat(new BigDecimal("0.02"), new BigDecimal("25.00"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(Amounts.vat(new BigDecimal("0.01"), new BigDecimal("25.00"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(Amounts.vat(new BigDecimal("1234.57"), new BigDecimal("25.00")))
                .isEqualTo(new BigDecimal("308.64"));
    }

    @Test
    void splitPartsAlwaysAddUpToTheWhole() {
        List<BigDecimal> thirds = Amounts.split(
                new BigDecimal("100000.00"),
                List.of(new BigDecimal("0.33"), new BigDecimal("0.33"), new BigDecimal("0.34")));
        List<BigDecimal> halves =
                Amounts.split(new BigDecimal("110000.00"), List.of(new BigDecimal("0.50"), new BigDecimal("0.50")));
        List<BigDecimal> odd =
                Amounts.split(new BigDecimal("0.03"), List.of(new BigDecimal("0.50"), new BigDecimal("0.50")));

        assertThat(thirds)
                .containsExactly(new BigDecimal("33000.00"), new BigDecimal("33000.00"), new BigDecimal("34000.00"));
        assertThat(halves).containsExactly(new BigDecimal("55000.00"), new BigDecimal("55000.00"));
        assertThat(odd).containsExactly(new BigDecimal("0.02"), new BigDecimal("0.01"));
        assertThat(odd.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void totalsComputeVatPerRateOnTheRatesNetSum() {
        List<InvoiceLine> lines = List.of(
                InvoiceLine.of("A", new BigDecimal("3"), new BigDecimal("0.33"), new BigDecimal("25.00")),
                InvoiceLine.of("B", BigDecimal.ONE, new BigDecimal("0.01"), new BigDecimal("25.00")));

        Totals totals = Totals.of(lines);

        assertThat(totals.net()).isEqualTo(new BigDecimal("1.00"));
        assertThat(totals.vat()).isEqualTo(new BigDecimal("0.25"));
        assertThat(totals.gross()).isEqualTo(new BigDecimal("1.25"));
    }
}
