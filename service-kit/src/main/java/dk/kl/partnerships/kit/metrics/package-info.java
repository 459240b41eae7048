/** Business state gauges read from MongoDB. */
package dk.kl.partnerships.kit.metrics;
