package dk.kl.partnerships.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 98 municipalities of Denmark, the platform's one list of them ({@code municipalities.csv}
 * beside this class: code, name, region code, region name). A coordinator's token is accepted only
 * for one of these codes; registration keeps its municipalities in step with the same list.
 */
public final class OfficialMunicipalities {

    static final String RESOURCE = "municipalities.csv";

    /** One municipality as the official list names it. */
    public record Municipality(String code, String name, String regionCode, String regionName) {}

    private static final Map<String, Municipality> BY_CODE = read();
    private static final List<Municipality> ALL = List.copyOf(BY_CODE.values());
    private static final List<String> CODES = List.copyOf(BY_CODE.keySet());

    private OfficialMunicipalities() {}

    /** Every municipality, in the list's order (by code). */
    public static List<Municipality> all() {
        return ALL;
    }

    /** Every official code, in the list's order. */
    public static List<String> codes() {
        return CODES;
    }

    /** The municipality with this official code, if there is one. */
    public static Optional<Municipality> find(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** Whether the code is one of the official ones; null and blanks are not. */
    public static boolean isOfficial(String code) {
        return code != null && BY_CODE.containsKey(code);
    }

    private static Map<String, Municipality> read() {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        try (InputStream in = OfficialMunicipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + OfficialMunicipalities.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",");
                    Municipality municipality =
                            new Municipality(fields[0].trim(), fields[1].trim(), fields[2].trim(), fields[3].trim());
                    byCode.put(municipality.code(), municipality);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(byCode);
    }
}
