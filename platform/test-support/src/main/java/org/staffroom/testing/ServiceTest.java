package org.staffroom.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service on a random port, against real PostgreSQL, Kafka and the MongoDB wire server,
 * with the demo users as its directory.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ServiceTestInitializer.class)
@Import({TestDirectoryConfiguration.class, ReadyBeforeTests.class})
public @interface ServiceTest {
}
