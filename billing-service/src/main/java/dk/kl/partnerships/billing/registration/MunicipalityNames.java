package dk.kl.partnerships.billing.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The official names invoices address municipalities by ({@code municipality-names.csv}: code,
 * official name), e.g. 101 "Københavns Kommune", 400 "Bornholms Regionskommune": not the short
 * name with "Kommune" appended.
 */
@Component
public class MunicipalityNames {

    static final String RESOURCE = "municipality-names.csv";

    private final Map<String, String> byCode;

    MunicipalityNames() {
        this.byCode = read();
    }

    /** The official name; a code not in the official list is a defect upstream and is refused. */
    public String officialName(String municipalityCode) {
        String name = byCode.get(municipalityCode);
        if (name == null) {
            throw new IllegalArgumentException("Municipality " + municipalityCode + " is not in the official list");
        }
        return name;
    }

    private static Map<String, String> read() {
        Map<String, String> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    int comma = line.indexOf(',');
                    names.put(
                            line.substring(0, comma).trim(),
                            line.substring(comma + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
        return Map.copyOf(names);
    }
}
