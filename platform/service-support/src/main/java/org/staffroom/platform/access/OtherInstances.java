package org.staffroom.platform.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether other instances of the service are running, by the members of the consumer group they read the
 * access topics with. A rebuild must not begin while there are any: it drops what they answer from.
 */
public final class OtherInstances {

    private static final Logger log = LoggerFactory.getLogger(OtherInstances.class);
    private static final long CALL_SECONDS = 10;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Map<String, Object> adminConfig;

    public OtherInstances(Map<String, Object> adminConfig) {
        this.adminConfig = Map.copyOf(adminConfig);
    }

    /** How many consumers are members of the group now; none for a group that does not exist. */
    public int membersOf(String group) {
        try (Admin admin = Admin.create(adminConfig)) {
            return membersOf(admin, group);
        }
    }

    private static int membersOf(Admin admin, String group) {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(CALL_SECONDS, TimeUnit.SECONDS).get(group);
            return description == null ? 0 : description.members().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka about consumer group " + group, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return 0;
            }
            throw unknown(group, e);
        } catch (TimeoutException e) {
            throw unknown(group, e);
        }
    }

    private static IllegalStateException unknown(String group, Exception e) {
        return new IllegalStateException("Kafka could not say whether consumer group " + group
                + " has members, so a rebuild cannot tell that no other instance runs", e);
    }

    /**
     * Refuses to go on while any consumer reads in the group, after waiting up to {@code wait} for members to
     * leave: an instance that crashed, rather than stopped, stays a member until its session times out.
     */
    public void requireNone(String group, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try (Admin admin = Admin.create(adminConfig)) {
            int members = membersOf(admin, group);
            while (members > 0 && System.nanoTime() < deadline) {
                log.info("Waiting for {} consumers of group {} to leave before the rebuild", members, group);
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                members = membersOf(admin, group);
            }
            if (members > 0) {
                throw new IllegalStateException("A rebuild needs every other instance of this service stopped, but "
                        + members + " consumers still read in group " + group);
            }
        }
    }
}
