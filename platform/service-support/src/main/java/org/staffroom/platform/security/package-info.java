/**
 * Every service is a resource server: it validates the Keycloak token again, whatever the gateway
 * did, and takes the caller's identity from that token only.
 */
package org.staffroom.platform.security;
