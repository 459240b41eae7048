/** CloudEvents headers, the one JSON mapping of payloads, and trace context. */
package dk.kl.partnerships.kit.events;
