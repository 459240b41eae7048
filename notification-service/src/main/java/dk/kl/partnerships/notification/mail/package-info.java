/** Messages from posting to sending: rendering from the Danish templates, the queue, the relay to the mail server, opt-outs. */
package dk.kl.partnerships.notification.mail;
