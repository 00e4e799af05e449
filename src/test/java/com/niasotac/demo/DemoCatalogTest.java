package com.niasotac.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private final DemoCatalog demo = DemoCatalog.read();

    @Test
    void theDataFileHoldsTheFourDepartmentsAndTheirFortyOneProducts() {
        assertThat(demo.departments())
                .extracting(DemoCatalog.Department::alias)
                .containsExactly("computers", "components", "printers", "accessories");
        assertThat(demo.productCount()).isEqualTo(41);
        assertThat(demo.departments().get(0).rgb()).isEqualTo(0x1f6feb);
    }

    @Test
    void productsReadWithTheirOptionalCrossedOutPrice() {
        DemoCatalog.Item first =
                demo.departments().get(0).shelves().get(0).items().get(0);
        DemoCatalog.Item second =
                demo.departments().get(0).shelves().get(0).items().get(1);
        assertThat(first.compareAt()).isNull();
        assertThat(second.compareAt()).isEqualTo(590_000L);
        assertThat(second.summary()).isEqualTo("Core i5-1345U, 16 Go, SSD 512 Go, 14\"");
    }

    @Test
    void servicesAndSocialLinksReadInSnakeCase() {
        assertThat(demo.services()).hasSize(3).allSatisfy(service -> assertThat(service.isActive())
                .isTrue());
        assertThat(demo.socialLinks())
                .extracting(link -> link.name() + " " + link.isShown())
                .containsExactly("Facebook true", "Instagram true", "Whatsapp true");
    }
}
