/**
 * Axon's JDBC event store and token store on the service's own PostgreSQL database, inside real
 * Spring transactions, with events serialized as JSON under the revisions of the event catalog.
 */
package org.staffroom.platform.eventstore;
