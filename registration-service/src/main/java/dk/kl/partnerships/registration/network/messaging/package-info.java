/** Registration's own events that networks act on: a withdrawal leaves its network; each change joins the history. */
package dk.kl.partnerships.registration.network.messaging;
