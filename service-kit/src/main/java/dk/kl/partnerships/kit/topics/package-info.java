/** The Kafka topics a service uses: created when missing at start-up, differences from their declaration reported. */
package dk.kl.partnerships.kit.topics;
