/** Meetings stored with their events, the locks that prevent double-booking, and their state gauges. */
package dk.kl.partnerships.meeting.schedule.persistence;
