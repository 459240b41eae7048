package dk.kl.partnerships.contracts.registration;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * KL published a programme: municipalities may now declare interest. Its price and instalment plan
 * never change afterwards. {@code price} is per municipality, net of VAT; {@code vatRate} is a
 * percentage ({@code "25.00"}). {@code frameworkKey} names the quality framework its
 * self-evaluations are made against, chosen when it was created (absent only from programmes
 * published before it was named).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammePublished(
        String programmeId,
        ProgrammeKind kind,
        String title,
        String theme,
        LocalDate startsOn,
        LocalDate endsOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate,
        List<Instalment> instalments,
        List<String> focusAreas,
        int maxParticipants,
        int maxPoliticians,
        LocalDate interestDeadline,
        LocalDate approvalDeadline,
        @JsonInclude(JsonInclude.Include.NON_NULL) String frameworkKey)
        implements IntegrationEvent {

    public ProgrammePublished {
        Require.text(programmeId, "programmeId");
        Require.present(kind, "kind");
        Require.text(title, "title");
        Require.present(startsOn, "startsOn");
        Require.present(endsOn, "endsOn");
        price = Require.amount(price, "price");
        Require.text(currency, "currency");
        vatRate = Require.amount(vatRate, "vatRate");
        instalments = Require.list(instalments);
        if (instalments.isEmpty()) {
            throw new IllegalArgumentException("instalments must not be empty");
        }
        focusAreas = Require.list(focusAreas);
        Require.present(interestDeadline, "interestDeadline");
        Require.present(approvalDeadline, "approvalDeadline");
    }

    @Override
    public String key() {
        return programmeId;
    }
}
