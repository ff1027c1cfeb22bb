package org.staffroom.platform.commands;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class CommandSupport {

    @Bean
    Commands commands(CommandGateway gateway) {
        return new Commands(gateway);
    }
}
