package com.niasotac.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.niasotac.platform.paging.Ordering;
import com.niasotac.platform.paging.PageRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    static final Map<String, String> FIELDS = Map.of("name", "name", "created_at", "createdAt");
    static final Ordering DEFAULT = new Ordering("createdAt", true);

    @Test
    void orderingMapsAllowedFieldsAndDirection() {
        assertThat(PagingParams.ordering("-created_at", FIELDS, DEFAULT)).isEqualTo(new Ordering("createdAt", true));
        assertThat(PagingParams.ordering("name", FIELDS, DEFAULT).jpql("p")).isEqualTo("p.name ASC");
        assertThat(PagingParams.ordering(null, FIELDS, DEFAULT)).isSameAs(DEFAULT);
    }

    @Test
    void orderingRefusesAnythingElseAsA400OnTheOrderingField() {
        assertThatThrownBy(() -> PagingParams.ordering("name; DROP TABLE app_user", FIELDS, DEFAULT))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.body().fields()).containsOnlyKeys("ordering");
                });
    }

    @Test
    void offsetsFollowPageAndSize() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(40);
    }
}
