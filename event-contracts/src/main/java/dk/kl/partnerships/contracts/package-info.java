/** The event catalogue: topics, event types and the records that cross Kafka between services. */
package dk.kl.partnerships.contracts;
