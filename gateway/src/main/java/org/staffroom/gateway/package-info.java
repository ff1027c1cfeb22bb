/**
 * The Staffroom gateway. Packages follow its concerns rather than domain features, because it has no domain:
 * {@code security} decides who may pass, {@code request} gives each request its ids and strips forged identity,
 * {@code ratelimit} limits each user, and {@code problem} turns every failure into RFC 9457 problem details.
 * Routes live in {@code application.yml}.
 */
package org.staffroom.gateway;
