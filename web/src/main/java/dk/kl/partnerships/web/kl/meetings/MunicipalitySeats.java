package dk.kl.partnerships.web.kl.meetings;

import dk.kl.partnerships.web.api.meeting.MeetingApi.SignUp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The seats of one municipality at a meeting, as the lists at the door group them. */
record MunicipalitySeats(String code, String name, List<SignUp> seats) {

    /**
     * Seats grouped by municipality (by its name), each group by the participants' names; outside
     * guests last, in a group without a municipality ({@code code} and {@code name} null).
     */
    static List<MunicipalitySeats> of(List<SignUp> seats, Map<String, String> names) {
        Map<String, List<SignUp>> grouped = seats.stream()
                .filter(s -> !s.outsideGuest())
                .sorted(Comparator.comparing(SignUp::name))
                .collect(Collectors.groupingBy(SignUp::municipalityCode, LinkedHashMap::new, Collectors.toList()));
        List<MunicipalitySeats> groups = new ArrayList<>(grouped.entrySet().stream()
                .map(e -> new MunicipalitySeats(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(MunicipalitySeats::name))
                .toList());
        List<SignUp> guests = seats.stream()
                .filter(SignUp::outsideGuest)
                .sorted(Comparator.comparing(SignUp::name))
                .toList();
        if (!guests.isEmpty()) {
            groups.add(new MunicipalitySeats(null, null, guests));
        }
        return List.copyOf(groups);
    }

    public boolean guests() {
        return code == null;
    }
}
