package dk.kl.partnerships.meeting.schedule;

import java.util.List;

/** How far a programme's meetings are planned: per network, theme days and visits scheduled. */
public record MeetingPlan(String programmeId, String title, List<NetworkPlan> networks, int programmeWideMeetings) {

    public static final int THEME_DAYS_PER_NETWORK = 5;

    public record NetworkPlan(
            String networkId,
            String name,
            int themeDaysScheduled,
            int themeDaysPlanned,
            int visitsScheduled,
            int visitsPlanned) {}
}
