/** KL's view of the messages, resending one, and the unsubscribe pages. */
package dk.kl.partnerships.notification.mail.web;
