package dk.kl.partnerships.registration.programme.messaging;

import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.registration.Instalment;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.contracts.registration.ProgrammeKind;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammeEvent;
import dk.kl.partnerships.registration.programme.ProgrammeTerms;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Programme domain events as the published {@code registration.programmes.v1} contracts. */
@Component
public class ProgrammeEventTranslator implements Function<ProgrammeEvent, List<? extends IntegrationEvent>> {

    static final String CURRENCY = "DKK";

    @Override
    public List<? extends IntegrationEvent> apply(ProgrammeEvent event) {
        if (event instanceof ProgrammeEvent.Published published) {
            return List.of(published(published.programme()));
        }
        ProgrammeEvent.Completed completed = (ProgrammeEvent.Completed) event;
        return List.of(new ProgrammeCompleted(completed.programmeId(), completed.completedOn()));
    }

    private static ProgrammePublished published(Programme programme) {
        ProgrammeTerms terms = programme.terms();
        return new ProgrammePublished(
                programme.id(),
                ProgrammeKind.valueOf(terms.kind().name()),
                terms.title(),
                terms.theme(),
                terms.startsOn(),
                terms.endsOn(),
                terms.price(),
                CURRENCY,
                terms.vatRate(),
                terms.instalments().stream()
                        .map(i -> new Instalment(i.dueOffsetMonths(), i.share()))
                        .toList(),
                terms.focusAreas(),
                terms.maxParticipants(),
                terms.maxPoliticians(),
                terms.interestDeadline(),
                terms.approvalDeadline());
    }
}
