/**
 * The contract between Staffroom services: every domain event as a past-tense record, the Kafka
 * topics they travel on, and the JSON envelope that carries an event's type and revision.
 *
 * <p>Plain Java and Jackson only, so that any consumer can read the events without Spring or
 * Axon. An event never changes in place: a change is a new revision with an upcaster.
 */
package org.staffroom.events;
