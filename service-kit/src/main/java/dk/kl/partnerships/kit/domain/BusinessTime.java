package dk.kl.partnerships.kit.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform's one time zone. Business dates (issue and due dates, deadlines, meeting days) are
 * Danish dates, and meetings are planned in Danish time unless they say otherwise.
 */
public final class BusinessTime {

    /** The zone's id, for annotations, which need a constant. */
    public static final String ZONE_ID = "Europe/Copenhagen";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private BusinessTime() {}

    /** Saturday or Sunday: no one works, pays or records on it (public holidays aside). */
    public static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
