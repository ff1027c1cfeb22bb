package org.staffroom.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class ArchitectureTest {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.staffroom.events");

    @Test
    void eventContractsDependOnNoFramework() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "org.apache.kafka..")
                .because("any consumer must be able to read the events with plain Java")
                .check(contracts);
    }

    @Test
    void everyConcreteEventIsARecord() {
        classes().that().implement(StaffroomEvent.class).should().beRecords().check(contracts);
    }
}
