/** E-mails and calendar invitations from the platform's events: each sent once, in Danish, to whom it concerns. */
package dk.kl.partnerships.notification;
