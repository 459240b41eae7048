package dk.kl.partnerships.meeting.schedule;

import java.time.LocalTime;

/** A point of a meeting's programme: when, what, and who speaks. */
public record AgendaItem(LocalTime time, String title, String speaker) {}
