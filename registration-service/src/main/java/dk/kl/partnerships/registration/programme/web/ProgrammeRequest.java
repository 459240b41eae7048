package dk.kl.partnerships.registration.programme.web;

import dk.kl.partnerships.registration.programme.Instalment;
import dk.kl.partnerships.registration.programme.ProgrammeKind;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's terms as KL enters them; omitted limits, VAT rate and plan take their defaults, an
 * omitted quality framework the theme's.
 */
record ProgrammeRequest(
        @NotNull ProgrammeKind kind,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String theme,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,

        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 9, fraction = 2)
        BigDecimal price,

        @DecimalMin("0.00") @Digits(integer = 3, fraction = 2)
        BigDecimal vatRate,

        @Valid List<InstalmentRequest> instalments,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> focusAreas,
        @Min(1) Integer maxParticipants,
        @Min(0) Integer maxPoliticians,
        @NotNull LocalDate interestDeadline,
        @NotNull LocalDate approvalDeadline,
        @Valid NetworkSizeRequest networkSize,
        @Size(max = 50) String frameworkKey) {

    record InstalmentRequest(
            @Min(0) int dueOffsetMonths,

            @NotNull @DecimalMin("0.01") @Digits(integer = 1, fraction = 2)
            BigDecimal share) {}

    record NetworkSizeRequest(@Min(2) int min, @Min(2) int max) {}

    ProgrammeTerms terms() {
        return new ProgrammeTerms(
                kind,
                title,
                theme,
                startsOn,
                endsOn,
                price,
                vatRate,
                instalments == null
                        ? null
                        : instalments.stream()
                                .map(i -> new Instalment(i.dueOffsetMonths(), i.share()))
                                .toList(),
                focusAreas,
                maxParticipants == null ? ProgrammeTerms.DEFAULT_MAX_PARTICIPANTS : maxParticipants,
                maxPoliticians == null ? ProgrammeTerms.DEFAULT_MAX_POLITICIANS : maxPoliticians,
                interestDeadline,
                approvalDeadline,
                networkSize == null ? ProgrammeTerms.DEFAULT_MIN_NETWORK_SIZE : networkSize.min(),
                networkSize == null ? ProgrammeTerms.DEFAULT_MAX_NETWORK_SIZE : networkSize.max());
    }
}
