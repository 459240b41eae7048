/** The demonstration's history of meetings, loaded with the {@code demo} profile. */
package dk.kl.partnerships.meeting.demo;
