/**
 * Collaborators of a work area and the rights each holds per section (view or manage over objectives,
 * areas for development, blog, evidence and reviews). The {@code domain} package holds the event-sourced
 * collaboration of each work area, {@code api} the HTTP resources, and {@code query} the MongoDB read model
 * that the GET requests serve. Who may choose collaborators is decided from this service's projection of the
 * work-area events, since the work area itself belongs to another service.
 */
package org.staffroom.collaboration;
