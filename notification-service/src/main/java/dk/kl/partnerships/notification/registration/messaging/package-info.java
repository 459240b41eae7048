/** Registration's programme, enrolment and municipality events, each handed to one use case. */
package dk.kl.partnerships.notification.registration.messaging;
