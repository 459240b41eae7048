package dk.kl.partnerships.security.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TokenMaskingTests {

    private static final String FEED_TOKEN = "1.1796000000.0.q9vW3r0bX2yJm4kP7sT1uV6wZ8aC5dE0fG2hI4jK6lM";

    @Test
    void aFeedTokenInAUrlIsMaskedAndTheRestOfTheUrlKept() {
        assertThat(TokenMasking.mask("/api/calendars/630.ics?token=" + FEED_TOKEN))
                .isEqualTo("/api/calendars/630.ics?token=[masked]");
        assertThat(TokenMasking.mask(
                        "http://meeting:8082/api/calendars/networks/n1.ics?x=1&token=" + FEED_TOKEN + "&y=2"))
                .isEqualTo("http://meeting:8082/api/calendars/networks/n1.ics?x=1&token=[masked]&y=2");
        assertThat(TokenMasking.mask("/login/oauth2/code/partnerships?code=abc&state=xyz"))
                .isEqualTo("/login/oauth2/code/partnerships?code=[masked]&state=xyz");
        assertThat(TokenMasking.mask("/api/invoices?municipalityCode=630&status=ISSUED"))
                .isEqualTo("/api/invoices?municipalityCode=630&status=ISSUED");
    }

    @Test
    void anObservationsUrlsLoseTheirTokensBeforeAnyHandlerSeesThem() {
        Observation.Context context = new Observation.Context();
        context.addHighCardinalityKeyValue(KeyValue.of("http.uri", "/api/calendars/630.ics?token=" + FEED_TOKEN));
        context.addHighCardinalityKeyValue(KeyValue.of("url.query", "token=" + FEED_TOKEN));
        context.addLowCardinalityKeyValue(KeyValue.of("uri", "/api/calendars/{file}"));
        context.setContextualName("GET /api/calendars/630.ics?token=" + FEED_TOKEN);

        new TokenMasking().map(context);

        assertThat(context.getHighCardinalityKeyValue("http.uri").getValue())
                .isEqualTo("/api/calendars/630.ics?token=[masked]");
        assertThat(context.getHighCardinalityKeyValue("url.query").getValue()).isEqualTo("token=[masked]");
        assertThat(context.getLowCardinalityKeyValue("uri").getValue()).isEqualTo("/api/calendars/{file}");
        assertThat(context.getContextualName()).doesNotContain(FEED_TOKEN);
        assertThat(context.toString()).doesNotContain(FEED_TOKEN);
    }

    @Test
    void everyProcessWithObservationsGetsTheMasking() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(TokenMaskingAutoConfiguration.class))
                .run(context ->
                        assertThat(context).getBean(ObservationFilter.class).isInstanceOf(TokenMasking.class));
    }
}
