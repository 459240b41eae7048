package dk.kl.partnerships.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** Known samples and placeholders refused outside development, and only there. */
class SampleSecretsGuardTests {

    private static final String CALENDAR_SAMPLE = "development-only-calendar-token-secret-change-me";

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}

    @Test
    void aProductionProcessWithASampleSecretDoesNotStartAndTheMessageNamesThePropertyButNotTheValue() {
        SpringApplication meeting = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .profiles("production")
                .properties(
                        "spring.application.name=meeting-service",
                        "partnerships.calendar.token-secret=" + CALENDAR_SAMPLE)
                .build();

        assertThatThrownBy(meeting::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("meeting-service refuses to start with profiles [production]")
                .hasMessageContaining("partnerships.calendar.token-secret")
                .hasMessageNotContaining(CALENDAR_SAMPLE);
    }

    @Test
    void developmentAndDemoRunsStartWithTheSamplesAndProductionWithItsOwnSecrets() {
        for (String[] profiles : List.of(new String[0], new String[] {"demo"}, new String[] {"development"})) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                    .web(WebApplicationType.NONE)
                    .profiles(profiles)
                    .properties(
                            "spring.application.name=meeting-service",
                            "partnerships.calendar.token-secret=" + CALENDAR_SAMPLE)
                    .run()) {
                assertThat(context.isActive()).isTrue();
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
                .web(WebApplicationType.NONE)
                .profiles("production")
                .properties(
                        "spring.application.name=meeting-service",
                        "partnerships.calendar.token-secret=a-secret-of-this-environment-only-0123456789")
                .run()) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void aPropertyLeftOutIsRefusedWhereTheCodesOwnDefaultIsTheSample() {
        MockEnvironment identity = production("identity-server")
                .withProperty("partnerships.identity.finance-client-secret", "a-real-finance-secret-0123456789")
                .withProperty("partnerships.identity.bff-client-secret", "a-real-bff-secret-0123456789");

        assertThatThrownBy(() -> new SampleSecretsGuard().check(identity))
                .hasMessageContaining(
                        "partnerships.identity.demo-password is not set, so its development sample applies")
                .hasMessageNotContaining("finance-client-secret");

        identity.setProperty("partnerships.identity.demo-password", "a-long-password-only-this-environment-knows");
        assertThatCode(() -> new SampleSecretsGuard().check(identity)).doesNotThrowAnyException();
    }

    @Test
    void everyKnownSampleOfEveryApplicationAndAnyPlaceholderIsRefused() {
        assertThatThrownBy(() -> new SampleSecretsGuard()
                        .check(production("identity-server")
                                .withProperty("partnerships.identity.demo-password", "demo")
                                .withProperty("partnerships.identity.finance-client-secret", "finance-secret")
                                .withProperty("partnerships.identity.bff-client-secret", "bff-secret")))
                .hasMessageContaining("demo-password")
                .hasMessageContaining("finance-client-secret")
                .hasMessageContaining("bff-client-secret");
        assertThatThrownBy(() -> new SampleSecretsGuard()
                        .check(production("meeting-service")
                                .withProperty(
                                        "partnerships.calendar.token-secret", "replace-with-something-long-enough")))
                .hasMessageContaining("partnerships.calendar.token-secret");
        assertThatThrownBy(() -> new SampleSecretsGuard()
                        .check(production("web")
                                .withProperty(
                                        "partnerships.web.identity.client-secret", "please-change-me-before-use")))
                .hasMessageContaining("partnerships.web.identity.client-secret");
        assertThatThrownBy(() -> new SampleSecretsGuard()
                        .check(production("billing-service")
                                .withProperty("partnerships.billing.seller.ean", "5798000000001")))
                .hasMessageContaining("partnerships.billing.seller.ean");
    }

    @Test
    void anotherApplicationsSamplesAreNoConcernOfAProcess() {
        assertThatCode(() -> new SampleSecretsGuard()
                        .check(production("gateway")
                                .withProperty("partnerships.calendar.token-secret", CALENDAR_SAMPLE)))
                .doesNotThrowAnyException();
    }

    @Test
    void aLineOfTheListThatCannotBeReadIsAnError() {
        assertThatThrownBy(() -> SampleSecrets.parse(List.of("meeting-service partnerships.calendar.token-secret")))
                .hasMessageContaining("cannot read the line");
        assertThatThrownBy(() -> SampleSecrets.parse(List.of("web a.b sample sometimes")))
                .hasMessageContaining("cannot read the line");
    }

    private static MockEnvironment production(String application) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", application);
        environment.setActiveProfiles("production");
        return environment;
    }
}
