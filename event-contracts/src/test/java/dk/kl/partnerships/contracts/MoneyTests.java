package dk.kl.partnerships.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.contracts.billing.InvoiceIssued;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MoneyTests {

    @Test
    void amountsStayExactFromJsonToJson() {
        ObjectNode sample = (ObjectNode) ContractFiles.json(EventType.PROGRAMME_PUBLISHED.sampleResource());
        sample.put("price", "110000.00");

        ProgrammePublished programme = ContractFiles.STRICT_MAPPER.treeToValue(sample, ProgrammePublished.class);
        JsonNode written = ContractFiles.STRICT_MAPPER.valueToTree(programme);

        assertThat(programme.price()).isEqualTo(new BigDecimal("110000.00"));
        assertThat(written.get("price").isString()).isTrue();
        assertThat(written.get("price").asString()).isEqualTo("110000.00");
    }

    @Test
    void amountsThatNeedNoRoundingAreWrittenWithTwoDecimals() {
        ObjectNode sample = (ObjectNode) ContractFiles.json(EventType.INVOICE_ISSUED.sampleResource());
        sample.put("grossTotal", "68750.5");

        InvoiceIssued invoice = ContractFiles.STRICT_MAPPER.treeToValue(sample, InvoiceIssued.class);

        assertThat(ContractFiles.STRICT_MAPPER
                        .valueToTree(invoice)
                        .get("grossTotal")
                        .asString())
                .isEqualTo("68750.50");
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreRefusedNotRounded() {
        ObjectNode sample = (ObjectNode) ContractFiles.json(EventType.INVOICE_ISSUED.sampleResource());
        sample.put("vatTotal", "13750.005");

        assertThatThrownBy(() -> ContractFiles.STRICT_MAPPER.treeToValue(sample, InvoiceIssued.class))
                .hasMessageContaining("vatTotal");
        assertThat(ContractFiles.validate(EventType.INVOICE_ISSUED, sample)).isNotEmpty();
    }

    @Test
    void amountsAsJsonNumbersAreRefusedByTheSchema() {
        ObjectNode sample = (ObjectNode) ContractFiles.json(EventType.INVOICE_ISSUED.sampleResource());
        sample.put("netTotal", new BigDecimal("55000.00"));

        assertThat(ContractFiles.validate(EventType.INVOICE_ISSUED, sample)).isNotEmpty();
    }

    @Test
    void creditNoteTotalsAreNeverNegative() {
        ObjectNode sample = (ObjectNode) ContractFiles.json(EventType.CREDIT_NOTE_ISSUED.sampleResource());
        sample.put("grossTotal", "-68750.00");

        assertThat(ContractFiles.validate(EventType.CREDIT_NOTE_ISSUED, sample)).isNotEmpty();
        assertThatThrownBy(() -> ContractFiles.STRICT_MAPPER.treeToValue(
                        sample, dk.kl.partnerships.contracts.billing.CreditNoteIssued.class))
                .hasMessageContaining("negative");
    }
}
