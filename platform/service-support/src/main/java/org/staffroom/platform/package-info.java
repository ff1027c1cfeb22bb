/**
 * What every Staffroom service needs once: resource-server security and the caller's identity,
 * problem+json errors, request and correlation ids, the Axon event store on PostgreSQL, the
 * publisher that copies stored events to Kafka, idempotent POSTs and the user directory.
 *
 * <p>Each part is an auto-configuration, so a service gets all of it by depending on this
 * library and configures it only through properties.
 */
package org.staffroom.platform;
