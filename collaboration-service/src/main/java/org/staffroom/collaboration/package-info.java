/**
 * Collaborators of a work area and the rights each holds per section (view or manage over objectives,
 * areas for development, blog, evidence and reviews). The service starts, serves its health and API
 * documents, and owns its event store and topic; its resources are not built yet.
 */
package org.staffroom.collaboration;
