package dk.kl.partnerships.kit;

import dk.kl.partnerships.contracts.Topic;
import dk.kl.partnerships.contracts.registration.MunicipalityJoined;
import dk.kl.partnerships.contracts.registration.MunicipalityWithdrew;
import dk.kl.partnerships.kit.messaging.EventConsumers;
import dk.kl.partnerships.kit.sample.JoinLog;
import java.util.function.Consumer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/** A minimal service built on the kit, for the kit's own tests; its parts are in {@code sample}. */
@SpringBootApplication(scanBasePackages = "dk.kl.partnerships.kit.sample")
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    @Bean
    Consumer<Message<byte[]>> onEnrolmentEvent(EventConsumers consumers, JoinLog joins) {
        return consumers
                .of(Topic.ENROLMENTS)
                .on(
                        MunicipalityJoined.class,
                        (event, metadata) -> joins.record(event.municipalityCode(), metadata.id()))
                .on(MunicipalityWithdrew.class, (event, metadata) -> joins.failOrRecord(event, metadata.id()))
                .build();
    }
}
