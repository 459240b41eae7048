package dk.kl.partnerships.registration.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.kl.partnerships.kit.domain.BusinessTime;
import dk.kl.partnerships.kit.security.Caller;
import dk.kl.partnerships.kit.test.IntegrationTest;
import dk.kl.partnerships.registration.enrolment.Enrolling;
import dk.kl.partnerships.registration.enrolment.Enrolment;
import dk.kl.partnerships.registration.enrolment.EnrolmentState;
import dk.kl.partnerships.registration.network.Network;
import dk.kl.partnerships.registration.network.NetworkForming;
import dk.kl.partnerships.registration.network.ProgrammeNetworks;
import dk.kl.partnerships.registration.programme.Programme;
import dk.kl.partnerships.registration.programme.ProgrammePlanning;
import dk.kl.partnerships.registration.programme.ProgrammeStatus;
import dk.kl.partnerships.security.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

@IntegrationTest
@ActiveProfiles("demo")
class DemoDataIntegrationTests {

    private static final Caller KL = new Caller("test", Set.of(Role.KL_ADMIN), null);
    private static final String DAYCARE = "Partnerskab om udvikling af kvalitet i dagtilbud";

    @Autowired
    DemoData demoData;

    @Autowired
    ProgrammePlanning programmes;

    @Autowired
    Enrolling enrolments;

    @Autowired
    NetworkForming networks;

    @Test
    void theDaycarePartnershipOf2017IsLoadedWithItsTimelineParticipantsAndNetworks() {
        Programme daycare = daycare();

        assertThat(daycare.status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(daycare.completedOn()).isEqualTo(LocalDate.of(2019, 9, 18));
        List<Enrolment> completed = await().atMost(Duration.ofSeconds(30))
                .until(() -> enrolmentsOf(daycare, EnrolmentState.COMPLETED), list -> list.size() == 26);
        assertThat(completed).hasSize(26).allSatisfy(enrolment -> {
            assertThat(enrolment.councilDecision().date())
                    .isAfter(LocalDate.of(2017, 5, 5))
                    .isBefore(LocalDate.of(2017, 6, 16));
            assertThat(enrolment.participants()).hasSize(2);
            assertThat(enrolment.late()).as("answered on time").isFalse();
            assertThat(enrolment.declaredAt().atZone(BusinessTime.ZONE).toLocalDate())
                    .as("answered by the interest deadline")
                    .isBefore(LocalDate.of(2017, 5, 5));
            assertThat(enrolment.joinedOn())
                    .as("the approval is recorded on the first working day after the council decided")
                    .isEqualTo(DemoData.approvalRecordedOn(
                            enrolment.councilDecision().date()))
                    .isAfter(enrolment.councilDecision().date())
                    .isBeforeOrEqualTo(LocalDate.of(2017, 6, 16));
            assertThat(enrolment.joinedOn().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        assertThat(completed.stream().map(e -> e.councilDecision().date()).distinct())
                .as("the councils decide on different days")
                .hasSizeGreaterThan(10);

        ProgrammeNetworks formed = networks.get(daycare.id());
        assertThat(formed.networks())
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(network -> assertThat(network.size()).isBetween(4, 10));
        assertThat(formed.networks().stream().flatMap(n -> n.municipalityCodes().stream()))
                .containsExactlyInAnyOrderElementsOf(DemoData.DAYCARE_MUNICIPALITIES);
    }

    @Test
    void loadingAgainChangesNothing() {
        Programme before = daycare();
        long programmesBefore = programmes.list(null, PageRequest.of(0, 200)).getTotalElements();
        List<Network> networksBefore = networks.get(before.id()).networks();

        demoData.load();

        assertThat(programmes.list(null, PageRequest.of(0, 200)).getTotalElements())
                .isEqualTo(programmesBefore);
        Programme after = daycare();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(networks.get(after.id()).networks()).isEqualTo(networksBefore);
        assertThat(enrolmentsOf(after, null)).hasSize(26);
    }

    private Programme daycare() {
        return programmes.list(null, PageRequest.of(0, 200)).stream()
                .filter(p -> p.terms().title().equals(DAYCARE))
                .findFirst()
                .orElseThrow();
    }

    private List<Enrolment> enrolmentsOf(Programme programme, EnrolmentState state) {
        return enrolments
                .list(KL, programme.id(), null, state, PageRequest.of(0, 100))
                .getContent();
    }
}
