/**
 * The evidence folder of a work area: documents, resources and videos with their versions. The
 * service starts, serves its health and API documents, and owns its event store and topic; its
 * resources are not built yet.
 */
package org.staffroom.evidence;
