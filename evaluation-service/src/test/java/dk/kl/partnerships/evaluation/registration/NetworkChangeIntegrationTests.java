package dk.kl.partnerships.evaluation.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.contracts.registration.NetworkChanged;
import dk.kl.partnerships.contracts.registration.NetworkFormed;
import dk.kl.partnerships.contracts.registration.ProgrammePublished;
import dk.kl.partnerships.evaluation.EvaluationFixtures;
import dk.kl.partnerships.evaluation.EvaluationIntegrationTest;
import dk.kl.partnerships.kit.test.KafkaProbe;
import dk.kl.partnerships.kit.test.RegistrationEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkChangeIntegrationTests extends EvaluationIntegrationTest {

    @Autowired
    NetworkViewRepository networks;

    @Test
    void
            aChangedNetworkIsWhatTheMunicipalitiesCompareThemselvesWithAndNeitherAStaleChangeNorARedeliveredFormingUndoesIt() {
        ProgrammePublished programme = fixtures.programme();
        NetworkFormed formed = RegistrationEvents.networkFormed(programme, List.of("101", "147", "151"));
        KafkaProbe.publish(kafka, formed);
        KafkaProbe.publish(
                kafka,
                RegistrationEvents.networkChanged(
                        formed, List.of("101", "147", "151", "153"), 1, NetworkChanged.ChangeKind.ADDED, "153"));
        KafkaProbe.publish(
                kafka,
                RegistrationEvents.networkChanged(
                        formed, List.of("101", "147", "153"), 2, NetworkChanged.ChangeKind.REMOVED, "151"));
        await().atMost(EvaluationFixtures.WITHIN)
                .until(() -> networks.findById(formed.networkId())
                        .map(NetworkView::revision)
                        .orElse(-1)
                        .equals(2));

        KafkaProbe.publish(
                kafka,
                RegistrationEvents.networkChanged(
                        formed, List.of("101", "147", "151", "153"), 1, NetworkChanged.ChangeKind.ADDED, "153"));
        KafkaProbe.publish(kafka, formed);
        NetworkFormed later = RegistrationEvents.networkFormed(programme, List.of("155", "157", "159"));
        KafkaProbe.publish(kafka, later);
        await().atMost(EvaluationFixtures.WITHIN).until(() -> networks.existsById(later.networkId()));

        assertThat(networks.findById(formed.networkId()).orElseThrow().municipalityCodes())
                .as("the stale change and the repeated forming, handled before the later network, changed nothing")
                .containsExactly("101", "147", "153");
        assertThat(networks.findFirstByProgrammeIdAndMunicipalityCodes(programme.programmeId(), "153"))
                .map(NetworkView::id)
                .contains(formed.networkId());
        assertThat(networks.findFirstByProgrammeIdAndMunicipalityCodes(programme.programmeId(), "151"))
                .isEmpty();
    }
}
