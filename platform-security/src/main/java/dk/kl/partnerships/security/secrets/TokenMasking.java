package dk.kl.partnerships.security.secrets;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks tokens carried in URLs — calendar feed tokens, OAuth2 codes — wherever an observation
 * records a URL (server and client requests, the gateway's routes), so that they reach neither
 * traces nor the logs and metrics made from them. A URL's path and every other parameter stay.
 */
public final class TokenMasking implements ObservationFilter {

    static final String MASK = "[masked]";

    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("((?:^|[?&;])(?:token|access_token|id_token|refresh_token|code)=)[^&#\\s\"]*");

    /** The text with the value of every secret query parameter masked. */
    public static String mask(String text) {
        return text == null || !text.contains("=")
                ? text
                : SECRET_PARAMETER.matcher(text).replaceAll("$1" + MASK);
    }

    @Override
    public Observation.Context map(Observation.Context context) {
        List<KeyValue> low = context.getLowCardinalityKeyValues().stream()
                .filter(TokenMasking::carriesSecret)
                .toList();
        low.forEach(value -> context.addLowCardinalityKeyValue(masked(value)));
        List<KeyValue> high = context.getHighCardinalityKeyValues().stream()
                .filter(TokenMasking::carriesSecret)
                .toList();
        high.forEach(value -> context.addHighCardinalityKeyValue(masked(value)));
        if (context.getContextualName() != null) {
            context.setContextualName(mask(context.getContextualName()));
        }
        return context;
    }

    private static boolean carriesSecret(KeyValue value) {
        return !value.getValue().equals(mask(value.getValue()));
    }

    private static KeyValue masked(KeyValue value) {
        return KeyValue.of(value.getKey(), mask(value.getValue()));
    }
}
