/** Events going out: the outbound mapping, the outbox inside each aggregate's document, and the relay to Kafka. */
package dk.kl.partnerships.kit.outbox;
