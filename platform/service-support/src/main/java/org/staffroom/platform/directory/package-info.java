/**
 * Who the trust's users are. Services ask the directory whether a user id names a person of the
 * caller's trust before they store it; Keycloak, through a service account, is the source.
 */
package org.staffroom.platform.directory;
