package org.staffroom.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.staffroom.platform.directory.UserDirectory;

@TestConfiguration(proxyBeanMethods = false)
public class TestDirectoryConfiguration {

    @Bean
    @Primary
    UserDirectory demoUserDirectory() {
        return new DemoUserDirectory();
    }
}
