/**
 * The work area aggregate and its commands. Every rule about who may do what to an area lives
 * here, so that the HTTP layer only translates. No Spring, no persistence.
 */
package org.staffroom.workarea.domain;
