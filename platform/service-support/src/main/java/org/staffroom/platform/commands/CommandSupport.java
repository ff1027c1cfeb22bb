package org.staffroom.platform.commands;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class CommandSupport {

    @Bean
    Commands commands(CommandGateway gateway) {
        return new Commands(gateway);
    }

    @Bean
    Aggregates aggregates(@Value("${staffroom.aggregates.cached}") int cached) {
        return new Aggregates(cached);
    }
}
