/**
 * Copies every event the service stores to its Kafka topic. The event store is the outbox: a
 * tracking processor reads it and advances its token only after Kafka acknowledged the batch,
 * so an event is published at least once whatever fails in between.
 */
package org.staffroom.platform.publishing;
