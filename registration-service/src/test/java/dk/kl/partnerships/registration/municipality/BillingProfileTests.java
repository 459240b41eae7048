package dk.kl.partnerships.registration.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.kit.domain.Ean;
import dk.kl.partnerships.kit.error.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BillingProfileTests {

    private static final InvoiceAddress ADDRESS = new InvoiceAddress("Skolegade 1", "7100", "Vejle", "DK");

    @ParameterizedTest
    @ValueSource(strings = {"5798000012349", "5790000000005", "5798009882806"})
    void eansWithAValidGs1CheckDigitAreAccepted(String ean) {
        assertThat(Ean.isValid(ean)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5798000012340", "4798000012340", "579800001234", "57980000123491", "579800001234x", ""})
    void otherEansAreRefused(String ean) {
        assertThat(Ean.isValid(ean)).isFalse();
    }

    @Test
    void everyProblemOfAProfileIsNamed() {
        assertThatThrownBy(() -> new BillingProfile(
                        "1234567", List.of("5798000012349", "5798000012340"), " ", ADDRESS, null, null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidFieldException.FieldProblem::field)
                                .containsExactly("cvr", "eans[1]", "buyerReference"));
    }

    @Test
    void programmeInvoicesGoToTheFirstEan() {
        BillingProfile profile =
                new BillingProfile("29189900", List.of("5798000012349", "5790000000005"), "BUV", ADDRESS, null, null);

        assertThat(profile.invoiceEan()).isEqualTo("5798000012349");
    }
}
