/** Meetings, sign-ups and attendance over HTTP. */
package dk.kl.partnerships.meeting.schedule.web;
