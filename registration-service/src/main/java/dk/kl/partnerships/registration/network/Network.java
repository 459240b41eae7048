package dk.kl.partnerships.registration.network;

import java.util.List;

/** A confirmed group of municipalities inside a programme. */
public record Network(String id, String name, List<String> municipalityCodes, List<String> focusAreas) {

    public Network {
        municipalityCodes = List.copyOf(municipalityCodes);
        focusAreas = List.copyOf(focusAreas);
    }
}
