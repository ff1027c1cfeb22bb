package org.staffroom.system.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's raw consume rate on this machine, for reading the notification figures against: records of the
 * size of a blog event written to a topic of their own, then read back from the start by a new consumer group.
 */
final class KafkaConsumeBaseline {

    private static final String BOOTSTRAP = "127.0.0.1:9092";

    private KafkaConsumeBaseline() {
    }

    /** Records per second read by one consumer from a topic holding {@code count} records. */
    static double measure(int count, int recordBytes) {
        String topic = "staffroom.bench.raw-" + UUID.randomUUID();
        produce(topic, count, recordBytes);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            int read = 0;
            long start = 0;
            while (read < count) {
                int polled = consumer.poll(Duration.ofMillis(500)).count();
                if (polled > 0 && start == 0) {
                    start = System.nanoTime();
                }
                read += polled;
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void produce(String topic, int count, int recordBytes) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 65_536);
        byte[] value = new byte[recordBytes];
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, Integer.toString(i % 64), value));
            }
            producer.flush();
        }
    }
}
