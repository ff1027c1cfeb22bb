package org.staffroom.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class AggregateSnapshotsTest {

    enum Colour { RED, GREEN }

    enum Hue { RED, BLUE }

    record Entry(UUID id, Colour colour) {
    }

    record Tinted(UUID id, Hue colour) {
    }

    static class Shelf {
        private String name;
        private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    }

    static class ShelfWithALabel {
        private String name;
        private String label;
        private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    }

    static class ShelfOfTints {
        private String name;
        private final Map<UUID, Tinted> entries = new LinkedHashMap<>();
    }

    @Revision("2")
    static class RevisedShelf {
        private String name;
        private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    }

    @Test
    void theRevisionFollowsTheFieldsOfTheAggregateAndOfWhatItHolds() {
        String shelf = AggregateSnapshots.fingerprint(Shelf.class);

        assertThat(AggregateSnapshots.fingerprint(RevisedShelf.class)).isEqualTo(shelf);
        assertThat(AggregateSnapshots.fingerprint(ShelfWithALabel.class)).isNotEqualTo(shelf);
        assertThat(AggregateSnapshots.fingerprint(ShelfOfTints.class)).isNotEqualTo(shelf);
        assertThat(AggregateSnapshots.revisionOf(Shelf.class)).isEqualTo("0-" + shelf);
        assertThat(AggregateSnapshots.revisionOf(RevisedShelf.class)).isEqualTo("2-" + shelf);
    }

    @Test
    void theShapeReachesTheConstantsOfTheEnumsHeldInsideWhatTheAggregateHolds() {
        assertThat(AggregateSnapshots.shapeOf(Shelf.class))
                .contains("entries:java.util.Map<java.util.UUID, " + Entry.class.getName() + ">;")
                .contains(Entry.class.getName() + "{colour:" + Colour.class.getName() + ";id:java.util.UUID;}")
                .contains(Colour.class.getName() + "{RED;GREEN;}");
    }

    @Test
    void aSnapshotHoldsPrivateFieldsAndReadsThemBack() {
        Shelf shelf = new Shelf();
        shelf.name = "Reading";
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        shelf.entries.put(second, new Entry(second, Colour.GREEN));
        shelf.entries.put(first, new Entry(first, Colour.RED));
        Serializer serializer = AggregateSnapshots.serializer();

        SerializedObject<byte[]> written = serializer.serialize(shelf, byte[].class);
        Shelf read = serializer.deserialize(written);

        assertThat(written.getType().getRevision()).isEqualTo(AggregateSnapshots.revisionOf(Shelf.class));
        assertThat(read.name).isEqualTo("Reading");
        assertThat(read.entries).containsExactly(Map.entry(second, new Entry(second, Colour.GREEN)),
                Map.entry(first, new Entry(first, Colour.RED)));
    }

    @Test
    void aSnapshotNamingAFieldTheAggregateNoLongerHasIsNotRead() {
        Serializer serializer = AggregateSnapshots.serializer();
        SerializedObject<byte[]> stale = new SimpleSerializedObject<>(
                "{\"name\":\"Reading\",\"shelfNumber\":4}".getBytes(StandardCharsets.UTF_8), byte[].class,
                Shelf.class.getName(), AggregateSnapshots.revisionOf(Shelf.class));

        assertThatThrownBy(() -> serializer.deserialize(stale)).isInstanceOf(SerializationException.class);
    }

    @Test
    void theFilterPassesOnlyTheCurrentRevisionOfAKnownAggregate() {
        SnapshotFilter filter = AggregateSnapshots.currentRevisionsOnly(AggregateSnapshots.serializer());

        assertThat(filter.allow(snapshot(Shelf.class.getName(), AggregateSnapshots.revisionOf(Shelf.class)))).isTrue();
        assertThat(filter.allow(snapshot(RevisedShelf.class.getName(),
                AggregateSnapshots.revisionOf(RevisedShelf.class)))).isTrue();
        assertThat(filter.allow(snapshot(Shelf.class.getName(), "0-older"))).isFalse();
        assertThat(filter.allow(snapshot(Shelf.class.getName(), null))).isFalse();
        assertThat(filter.allow(snapshot("org.staffroom.NoLongerThere", AggregateSnapshots.revisionOf(Shelf.class))))
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private static DomainEventData<byte[]> snapshot(String payloadType, String revision) {
        DomainEventData<byte[]> data = Mockito.mock(DomainEventData.class);
        Mockito.when(data.getPayload()).thenReturn(new SimpleSerializedObject<>(new byte[0], byte[].class,
                payloadType, revision));
        return data;
    }
}
