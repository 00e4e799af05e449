package com.niasotac.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
