/**
 * Work areas: where staff develop together. A trust admin or a line manager opens an area, names
 * its line manager and adds its members; those who manage a section set the area's objectives and
 * raise its areas for development, whose owners move them on. The {@code domain} package holds the
 * event-sourced aggregate and its rules, {@code api} the HTTP resources, and {@code query} the
 * MongoDB read model that the GET requests serve.
 */
package org.staffroom.workarea;
