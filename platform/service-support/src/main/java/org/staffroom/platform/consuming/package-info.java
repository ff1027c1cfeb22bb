/**
 * Reading other services' domain events from Kafka: from the start of each topic, at least once, with retries
 * and a dead-letter topic for what cannot be handled, so that the records behind it still flow.
 */
package org.staffroom.platform.consuming;
