/** Reminders scheduled for later, run once when due on any instance. */
package dk.kl.partnerships.notification.reminder;
