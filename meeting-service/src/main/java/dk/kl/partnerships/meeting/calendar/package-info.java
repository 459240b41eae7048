/** Calendar feeds (iCalendar) of a municipality's or a network's meetings, with signed subscription URLs. */
package dk.kl.partnerships.meeting.calendar;
