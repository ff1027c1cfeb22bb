/**
 * Interim reviews and the history auditors replay: a journal of every domain event, folded to the
 * state of a work area at any instant. The service starts, serves its health and API documents, and
 * owns its event store and topic; its resources are not built yet.
 */
package org.staffroom.review;
