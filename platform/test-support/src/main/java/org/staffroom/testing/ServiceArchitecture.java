package org.staffroom.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules every service keeps. Each rule fails when it matches no class at all, so
 * a renamed package cannot make it pass silently.
 */
public final class ServiceArchitecture {

    /** Every module that is deployed on its own; none may import another. */
    public static final List<String> DEPLOYABLES = List.of("gateway", "workarea", "collaboration", "blog", "evidence",
            "review", "notification");

    private ServiceArchitecture() {
    }

    public static JavaClasses importService(String service) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.staffroom." + service);
    }

    /** The service's classes import no other deployable module. */
    public static ArchRule importsNoOtherService(String service) {
        String[] others = DEPLOYABLES.stream()
                .filter(name -> !name.equals(service))
                .map(name -> "org.staffroom." + name + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.staffroom." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk by events on Kafka, never by code");
    }

    /** The domain package stays free of Spring and of persistence. */
    public static ArchRule domainIsPlainJava(String service) {
        return noClasses().that().resideInAPackage("org.staffroom." + service + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.mongodb..", "org.bson..", "java.sql..", "javax.sql..")
                .because("rules must be testable without a container or a database");
    }
}
