/** Meetings as scheduled: time and venue without double-booking, sign-ups and waiting lists, attendance. */
package dk.kl.partnerships.meeting.schedule;
