/**
 * The blog of a work area: entries, comments and the links from entries to objectives and areas for
 * development. The service starts, serves its health and API documents, and owns its event store and
 * topic; its resources are not built yet.
 */
package org.staffroom.blog;
