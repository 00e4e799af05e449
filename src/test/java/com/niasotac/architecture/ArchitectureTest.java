package com.niasotac.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import java.util.List;

/** The layering rules, checked on the compiled classes so that a new class cannot quietly break them. */
@AnalyzeClasses(packages = "com.niasotac", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Services and domain objects speak in commands, views and domain exceptions; HTTP stays in the api layer. */
    @ArchTest
    static final ArchRule servicesDoNotKnowHttp = noClasses()
            .that()
            .resideInAnyPackage("..service..", "..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api..", "jakarta.ws.rs..");

    /** Catalog prices its pages with pricing's engine; pricing never reaches back into catalog. */
    @ArchTest
    static final ArchRule pricingDoesNotDependOnCatalog = noClasses()
            .that()
            .resideInAPackage("com.niasotac.pricing..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.niasotac.catalog..");

    /** Beans started with the deployment (timers, loaders) read tables, so Flyway must have created them first. */
    @ArchTest
    static final ArchRule startupBeansWaitForTheMigrations = classes()
            .that()
            .areAnnotatedWith(Startup.class)
            .and()
            .doNotHaveSimpleName("ConfigurationCheck")
            .and()
            .doNotHaveSimpleName("DatabaseMigrations")
            .should()
            .beAnnotatedWith(DescribedPredicate.describe(
                    "@DependsOn(\"DatabaseMigrations\")", ArchitectureTest::dependsOnTheMigrations));

    private static boolean dependsOnTheMigrations(JavaAnnotation<?> annotation) {
        return annotation.getRawType().isEquivalentTo(DependsOn.class)
                && annotation
                        .get("value")
                        .map(names -> List.of((Object[]) names).contains("DatabaseMigrations"))
                        .orElse(false);
    }
}
