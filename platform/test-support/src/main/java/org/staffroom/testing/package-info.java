/**
 * Real servers inside the test JVM, started once and shared by every test context: PostgreSQL
 * (the zonky binaries), a KRaft Kafka broker, the MongoDB wire-protocol server and a JWK set
 * endpoint whose key signs test tokens. Each Spring context gets its own database on each.
 */
package org.staffroom.testing;
