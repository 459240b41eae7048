package dk.kl.partnerships.registration.programme.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import dk.kl.partnerships.registration.programme.Instalment;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammeKind;
import dk.kl.partnerships.registration.programme.ProgrammeStatus;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A programme; amounts are exact decimal strings ({@code "110000.00"}). */
record ProgrammeResponse(
        String id,
        ProgrammeStatus status,
        ProgrammeKind kind,
        String title,
        String theme,
        LocalDate startsOn,
        LocalDate endsOn,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate,
        List<InstalmentResponse> instalments,
        List<String> focusAreas,
        int maxParticipants,
        int maxPoliticians,
        LocalDate interestDeadline,
        LocalDate approvalDeadline,
        NetworkSize networkSize,
        Instant publishedAt,
        LocalDate completedOn,
        String frameworkKey) {

    record InstalmentResponse(
            int dueOffsetMonths,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal share) {}

    record NetworkSize(int min, int max) {}

    static ProgrammeResponse of(Programme programme) {
        ProgrammeTerms terms = programme.terms();
        return new ProgrammeResponse(
                programme.id(),
                programme.status(),
                terms.kind(),
                terms.title(),
                terms.theme(),
                terms.startsOn(),
                terms.endsOn(),
                terms.price(),
                "DKK",
                terms.vatRate(),
                terms.instalments().stream().map(ProgrammeResponse::instalment).toList(),
                terms.focusAreas(),
                terms.maxParticipants(),
                terms.maxPoliticians(),
                terms.interestDeadline(),
                terms.approvalDeadline(),
                new NetworkSize(terms.minNetworkSize(), terms.maxNetworkSize()),
                programme.publishedAt(),
                programme.completedOn(),
                programme.frameworkKey());
    }

    private static InstalmentResponse instalment(Instalment instalment) {
        return new InstalmentResponse(instalment.dueOffsetMonths(), instalment.share());
    }
}
