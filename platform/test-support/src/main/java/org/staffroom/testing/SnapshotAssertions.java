package org.staffroom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.staffroom.platform.eventstore.AggregateSnapshots;

/** Checks that an aggregate comes back from its snapshot as it went in. */
public final class SnapshotAssertions {

    private static final Serializer SNAPSHOTS = AggregateSnapshots.serializer();

    private SnapshotAssertions() {
    }

    /** Writes the aggregate as a snapshot, reads it back, and compares every field, in order where order is kept. */
    public static <T> T assertSurvivesSnapshot(T aggregate) {
        SerializedObject<byte[]> written = SNAPSHOTS.serialize(aggregate, byte[].class);
        T read = SNAPSHOTS.deserialize(written);

        assertThat(written.getType().getRevision()).isEqualTo(AggregateSnapshots.revisionOf(aggregate.getClass()));
        assertThat(read).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(aggregate);
        return read;
    }
}
