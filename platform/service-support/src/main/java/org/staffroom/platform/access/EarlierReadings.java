package org.staffroom.platform.access;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.common.KafkaFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the consumer groups that earlier readings of the access topics left in Kafka: their offsets belong to
 * documents dropped when the current reading began. A group that still has members, such as that of an instance
 * not upgraded yet, cannot be deleted and is left for a later start.
 */
public final class EarlierReadings implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(EarlierReadings.class);
    private static final long CALL_SECONDS = 10;

    private final Map<String, Object> adminConfig;
    private final String current;
    private final Pattern reading;

    /**
     * @param firstGroup   the group of the first reading; later readings' groups add a dash and eight hex digits
     * @param currentGroup the group of the reading that fills the documents now, which is kept
     */
    public EarlierReadings(Map<String, Object> adminConfig, String firstGroup, String currentGroup) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.current = currentGroup;
        this.reading = Pattern.compile(Pattern.quote(firstGroup) + "(-[0-9a-f]{8})?");
    }

    /** Answers the groups it deleted. */
    public List<String> delete() throws InterruptedException {
        try (Admin admin = Admin.create(adminConfig)) {
            List<String> earlier = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(CALL_SECONDS, TimeUnit.SECONDS).stream()
                    .map(GroupListing::groupId)
                    .filter(group -> !group.equals(current) && reading.matcher(group).matches())
                    .toList();
            if (earlier.isEmpty()) {
                return List.of();
            }
            Map<String, KafkaFuture<Void>> results = admin.deleteConsumerGroups(earlier).deletedGroups();
            return earlier.stream().filter(group -> deleted(group, results.get(group))).toList();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Consumer groups of earlier readings could not be listed: {}", e.toString());
            return List.of();
        }
    }

    private static boolean deleted(String group, KafkaFuture<Void> result) {
        try {
            result.get(CALL_SECONDS, TimeUnit.SECONDS);
            log.info("Deleted consumer group {} of an earlier reading", group);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            log.info("Kept consumer group {} of an earlier reading for now: {}", group,
                    e.getCause() == null ? e.toString() : e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void run() {
        try {
            delete();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Consumer groups of earlier readings were not deleted", e);
        }
    }
}
