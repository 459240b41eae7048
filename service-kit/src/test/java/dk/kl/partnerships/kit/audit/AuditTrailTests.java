package dk.kl.partnerships.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kl.partnerships.contracts.EventType;
import dk.kl.partnerships.contracts.IntegrationEvent;
import dk.kl.partnerships.contracts.audit.Actor;
import dk.kl.partnerships.contracts.audit.AuditRecorded;
import dk.kl.partnerships.kit.events.EventJson;
import dk.kl.partnerships.kit.test.GoldenSamples;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit entry the kit writes for each service is its golden sample, field for field: the entry
 * of the sample event it records, made by the sample's actor.
 */
class AuditTrailTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @EnumSource(
            value = EventType.class,
            names = {
                "REGISTRATION_AUDIT_RECORDED",
                "MEETING_AUDIT_RECORDED",
                "EVALUATION_AUDIT_RECORDED",
                "BILLING_AUDIT_RECORDED"
            })
    void eachServicesAuditEntryIsItsGoldenSample(EventType auditType) {
        AuditRecorded sample = JSON.treeToValue(GoldenSamples.sample(auditType), AuditRecorded.class);
        EventType recorded = EventType.valueOf(
                sample.eventType().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        IntegrationEvent event = JSON.treeToValue(GoldenSamples.sample(recorded), recorded.recordType());

        AuditRecorded entry = as(
                sample.actor(),
                () -> new AuditTrail(new EventJson())
                        .entryFor(event, sample.eventId(), sample.recordedAt())
                        .orElseThrow());

        assertThat(JSON.readTree(new EventJson().write(entry))).isEqualTo(GoldenSamples.sample(auditType));
        assertThat(EventType.of(entry)).isEqualTo(auditType);
    }

    @ParameterizedTest
    @EnumSource(
            value = EventType.class,
            names = {"REGISTRATION_AUDIT_RECORDED", "BILLING_AUDIT_RECORDED"})
    void anAuditEntryIsNotAuditedItself(EventType auditType) {
        AuditRecorded sample = JSON.treeToValue(GoldenSamples.sample(auditType), AuditRecorded.class);

        assertThat(new AuditTrail(new EventJson()).entryFor(sample, "e-1", Instant.EPOCH))
                .isEmpty();
    }

    private static AuditRecorded as(Actor actor, java.util.function.Supplier<AuditRecorded> work) {
        return switch (actor.kind()) {
            case USER -> {
                Jwt.Builder jwt =
                        Jwt.withTokenValue("token").header("alg", "RS256").subject(actor.userId());
                if (actor.municipalityCode() != null) {
                    jwt.claim("municipality", actor.municipalityCode());
                }
                List<SimpleGrantedAuthority> roles = actor.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList();
                SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt.build(), roles));
                yield work.get();
            }
            case EVENT -> CausingEvent.during(actor.eventType(), actor.eventId(), work);
            case SYSTEM -> work.get();
        };
    }
}
