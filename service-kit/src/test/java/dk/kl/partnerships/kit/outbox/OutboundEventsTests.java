package dk.kl.partnerships.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.contracts.registration.ProgrammeCompleted;
import dk.kl.partnerships.kit.domain.AggregateRoot;
import dk.kl.partnerships.kit.persistence.AggregateRepository;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class OutboundEventsTests {

    sealed interface CourseEvent {

        record Completed(String programmeId, LocalDate completedOn) implements CourseEvent {}

        record Left(String enrolmentId, String programmeId, String municipalityCode, LocalDate leftOn)
                implements CourseEvent {}

        sealed interface Planned extends CourseEvent {}

        record Moved(String programmeId) implements Planned {}
    }

    static final class Course extends AggregateRoot<CourseEvent> {}

    interface OpenEvent {}

    static OutboundEvents programmesAndEnrolments() {
        return OutboundEvents.builder()
                .topic(Topic.PROGRAMMES)
                .map(
                        CourseEvent.Completed.class,
                        ProgrammeCompleted.class,
                        fact -> new ProgrammeCompleted(fact.programmeId(), fact.completedOn()))
                .topic(Topic.ENROLMENTS)
                .map(
                        CourseEvent.Left.class,
                        MunicipalityWithdrew.class,
                        fact -> new MunicipalityWithdrew(
                                fact.enrolmentId(),
                                fact.programmeId(),
                                fact.municipalityCode(),
                                fact.leftOn(),
                                "moved"))
                .build();
    }

    @Test
    void eachDomainEventIsPublishedAsItsContract() {
        OutboundEvents events = programmesAndEnrolments();

        assertThat(events.toContract(new CourseEvent.Completed("p-1", LocalDate.of(2027, 6, 30))))
                .isEqualTo(new ProgrammeCompleted("p-1", LocalDate.of(2027, 6, 30)));
        assertThat(events.toContract(new CourseEvent.Left("e-1", "p-1", "630", LocalDate.of(2027, 1, 2))))
                .isEqualTo(new MunicipalityWithdrew("e-1", "p-1", "630", LocalDate.of(2027, 1, 2), "moved"));
        assertThat(events.domainTypes()).containsExactly(CourseEvent.Completed.class, CourseEvent.Left.class);
    }

    @Test
    void aContractMappedUnderTheWrongTopicIsRefused() {
        OutboundEvents.Builder builder = OutboundEvents.builder().topic(Topic.INVOICES);

        assertThatThrownBy(() -> builder.map(
                        CourseEvent.Completed.class,
                        ProgrammeCompleted.class,
                        fact -> new ProgrammeCompleted(fact.programmeId(), fact.completedOn())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ProgrammeCompleted")
                .hasMessageContaining("registration.programmes.v1")
                .hasMessageContaining("not on billing.invoices.v1");
    }

    @Test
    void aServiceWithADomainEventWithoutAContractDoesNotStart() {
        new ApplicationContextRunner()
                .withUserConfiguration(ServiceWithAnEventWithoutContract.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining(CourseEvent.Moved.class.getName())
                            .hasMessageNotContaining(CourseEvent.Left.class.getName());
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceWithAnEventWithoutContract {

        @Bean
        OutboundEvents outboundEvents() {
            return programmesAndEnrolments();
        }

        @Bean
        AggregateStores aggregateStores(ObjectProvider<OutboundEvents> events) {
            return new AggregateStores(null, events);
        }

        @Bean
        CourseRepository courses(AggregateStores stores) {
            return new CourseRepository(stores);
        }
    }

    static class CourseRepository extends AggregateRepository<Course, CourseEvent> {

        CourseRepository(AggregateStores stores) {
            super(null, stores, Course.class, CourseEvent.class);
        }
    }

    @Test
    void anAggregateWhoseEventsAllHaveContractsGetsItsStore() {
        OutboundEvents events = OutboundEvents.builder()
                .topic(Topic.PROGRAMMES)
                .map(CourseEvent.Completed.class, ProgrammeCompleted.class, fact -> null)
                .map(CourseEvent.Moved.class, ProgrammeCompleted.class, fact -> null)
                .topic(Topic.ENROLMENTS)
                .map(CourseEvent.Left.class, MunicipalityWithdrew.class, fact -> null)
                .build();

        assertThat(new AggregateStores(null, provider(events)).<Course, CourseEvent>of(CourseEvent.class))
                .isNotNull();
    }

    @Test
    void aServiceWithoutOutboundEventsCannotStoreEvents() {
        AggregateStores stores =
                new AggregateStores(null, new StaticListableBeanFactory().getBeanProvider(OutboundEvents.class));

        assertThatThrownBy(() -> stores.<Course, CourseEvent>of(CourseEvent.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no OutboundEvents");
    }

    @Test
    void anEventTypeWhoseCasesCannotBeKnownIsRefused() {
        assertThatThrownBy(() -> programmesAndEnrolments().requireMappingsFor(OpenEvent.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither sealed nor final");
    }

    @Test
    void aDomainEventIsMappedOnceAndOnlyAsAConcreteType() {
        assertThatThrownBy(() -> OutboundEvents.builder()
                        .topic(Topic.PROGRAMMES)
                        .map(CourseEvent.Completed.class, ProgrammeCompleted.class, fact -> null)
                        .map(CourseEvent.Completed.class, ProgrammeCompleted.class, fact -> null))
                .hasMessageContaining("Two contracts");
        assertThatThrownBy(() -> OutboundEvents.builder()
                        .topic(Topic.PROGRAMMES)
                        .map(CourseEvent.class, ProgrammeCompleted.class, fact -> null))
                .hasMessageContaining("concrete");
        assertThatThrownBy(() -> OutboundEvents.builder()
                        .map(CourseEvent.Completed.class, ProgrammeCompleted.class, fact -> null))
                .hasMessageContaining("topic");
    }

    @Test
    void anUnmappedEventIsNeverPublishedAsSomethingElse() {
        OutboundEvents events = programmesAndEnrolments();

        assertThatThrownBy(() -> events.toContract(new CourseEvent.Moved("p-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CourseEvent.Moved.class.getName());
    }

    private static ObjectProvider<OutboundEvents> provider(OutboundEvents events) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("outboundEvents", events);
        return beans.getBeanProvider(OutboundEvents.class);
    }
}
