package org.staffroom.platform.eventstore;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * How an aggregate's state is written as a snapshot, and which snapshots may be read back.
 *
 * <p>A snapshot is the aggregate's fields as JSON. Its revision is the aggregate's {@link Revision} (0 without one)
 * joined to a fingerprint of the fields of the aggregate and of the Staffroom types it holds, so a snapshot taken
 * before a field was added, removed, renamed or retyped, or a constant of one of its enums changed, is not read:
 * the aggregate is rebuilt from its events and a new snapshot is taken later. A change in how an event is applied
 * changes no field; it needs a new {@link Revision} on the aggregate.
 */
public final class AggregateSnapshots {

    private static final String OWN_TYPES = "org.staffroom.";
    private static final ClassValue<String> REVISIONS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return declaredRevisionAndFingerprint(type);
        }
    };

    private AggregateSnapshots() {
    }

    /** Writes and reads aggregates by their fields, whatever their accessors, strictly. */
    public static Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(fieldMapper())
                .revisionResolver(AggregateSnapshots::revisionOf)
                .build();
    }

    /**
     * Passes a snapshot only at the current revision of the aggregate class it holds, as the snapshot serializer
     * resolves that class; a snapshot of a class no longer known has no current revision.
     */
    public static SnapshotFilter currentRevisionsOnly(Serializer snapshots) {
        return snapshot -> {
            SerializedType type = snapshot.getPayload().getType();
            return revisionOf(snapshots.classForType(type)).equals(type.getRevision());
        };
    }

    /** The declared revision, or 0, and the fingerprint of the fields; worked out once for each class. */
    public static String revisionOf(Class<?> aggregateType) {
        return REVISIONS.get(aggregateType);
    }

    private static String declaredRevisionAndFingerprint(Class<?> aggregateType) {
        Revision declared = aggregateType.getAnnotation(Revision.class);
        return (declared == null ? "0" : declared.value()) + "-" + fingerprint(aggregateType);
    }

    static ObjectMapper fieldMapper() {
        // Sets keep the order they were filled in, as the aggregates' own LinkedHashSets do.
        SimpleModule ordered = new SimpleModule("staffroom-snapshot-order")
                .addAbstractTypeMapping(Set.class, LinkedHashSet.class);
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(ordered)
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.SETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A short hash of the {@link #shapeOf shape}. */
    static String fingerprint(Class<?> type) {
        return sha256(shapeOf(type)).substring(0, 16);
    }

    /**
     * The names and declared types of the instance fields of the type and of the Staffroom types they hold, and the
     * constants of those that are enums. The type's own name is left out: the snapshot's payload type names it.
     */
    static String shapeOf(Class<?> type) {
        StringBuilder shape = new StringBuilder();
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>();
        next.add(type);
        while (!next.isEmpty()) {
            Class<?> current = next.poll();
            if (!seen.add(current)) {
                continue;
            }
            shape.append(current == type ? "" : current.getName()).append('{');
            if (current.isEnum()) {
                Arrays.stream(current.getEnumConstants())
                        .forEach(constant -> shape.append(((Enum<?>) constant).name()).append(';'));
            }
            for (Field field : instanceFields(current)) {
                shape.append(field.getName()).append(':').append(field.getGenericType().getTypeName()).append(';');
                ownTypesIn(field.getGenericType(), next);
            }
            shape.append('}');
        }
        return shape.toString();
    }

    private static Field[] instanceFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
                .sorted(Comparator.comparing(Field::getName))
                .toArray(Field[]::new);
    }

    private static void ownTypesIn(Type type, Deque<Class<?>> next) {
        if (type instanceof ParameterizedType parameterized) {
            ownTypesIn(parameterized.getRawType(), next);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> ownTypesIn(argument, next));
        } else if (type instanceof Class<?> plain && plain.getName().startsWith(OWN_TYPES)) {
            next.add(plain);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
