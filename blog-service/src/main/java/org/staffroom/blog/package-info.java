/**
 * The blog of a work area: entries, comments and the links from entries to objectives and areas for
 * development. {@code domain} holds the event-sourced entry and its rules, {@code api} the HTTP resources and
 * the safe Markdown rendering, {@code query} the MongoDB read model that the GET requests serve, and
 * {@code config} the wiring. Rights come from the service's own projection of the work-area and
 * collaboration topics; see the domain package for who may post, comment, edit and delete.
 */
package org.staffroom.blog;
