package org.staffroom.workarea.domain;

/**
 * What a partial change does to one optional field: leaves it as it is, or gives it a new value, where a null
 * value clears it.
 */
public record FieldChange<T>(boolean given, T value) {

    private static final FieldChange<?> KEEP = new FieldChange<>(false, null);

    public FieldChange {
        if (!given && value != null) {
            throw new IllegalArgumentException("A field left as it is carries no value.");
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldChange<T> keep() {
        return (FieldChange<T>) KEEP;
    }

    /** The field takes this value; null clears it. */
    public static <T> FieldChange<T> to(T value) {
        return new FieldChange<>(true, value);
    }

    T applyTo(T current) {
        return given ? value : current;
    }
}
