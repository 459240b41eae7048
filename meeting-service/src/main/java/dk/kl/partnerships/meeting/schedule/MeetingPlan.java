package dk.kl.partnerships.meeting.schedule;

import java.util.List;

/**
 * How far a programme's meetings are planned: per network, theme days and visits scheduled, and a
 * warning for each network with more theme days than the five planned.
 */
public record MeetingPlan(
        String programmeId,
        String title,
        List<NetworkPlan> networks,
        int programmeWideMeetings,
        List<String> warnings) {

    public static final int THEME_DAYS_PER_NETWORK = 5;

    MeetingPlan(String programmeId, String title, List<NetworkPlan> networks, int programmeWideMeetings) {
        this(programmeId, title, networks, programmeWideMeetings, warningsOf(networks));
    }

    private static List<String> warningsOf(List<NetworkPlan> networks) {
        return networks.stream()
                .filter(n -> n.themeDaysScheduled() > n.themeDaysPlanned())
                .map(n -> n.name() + " has " + n.themeDaysScheduled() + " theme days; " + n.themeDaysPlanned()
                        + " are planned")
                .toList();
    }

    public record NetworkPlan(
            String networkId,
            String name,
            int themeDaysScheduled,
            int themeDaysPlanned,
            int visitsScheduled,
            int visitsPlanned) {}
}
