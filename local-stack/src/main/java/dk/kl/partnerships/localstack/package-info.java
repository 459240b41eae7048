/** The embedded default: a real Kafka broker and a MongoDB wire-protocol store, as one process. */
package dk.kl.partnerships.localstack;
