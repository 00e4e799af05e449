package com.niasotac.catalog.product.api;

import com.niasotac.platform.api.Envelope;
import com.niasotac.platform.api.EnvelopeBodyWriter;
import com.niasotac.platform.api.Page;
import com.niasotac.platform.json.JsonFormat;
import com.niasotac.platform.json.JsonSplice;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes {@code Envelope<Page<Item>>}, every product list, byte for byte as JSON-B would, but each item from its
 * JSON prepared once ({@link PreparedItems}): JSON-B writes the envelope around an empty page, and the items go
 * in place of its {@code "results":[]} ({@link JsonSplice}).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ProductPageWriter extends EnvelopeBodyWriter<Page<ProductResponses.Item>> {

    @Inject
    PreparedItems prepared;

    @Override
    protected boolean writesData(Type data) {
        return data instanceof ParameterizedType page
                && page.getRawType() == Page.class
                && page.getActualTypeArguments()[0] == ProductResponses.Item.class;
    }

    @Override
    protected void write(Envelope<Page<ProductResponses.Item>> envelope, OutputStream out) throws IOException {
        Page<ProductResponses.Item> page = envelope.data();
        if (page == null || page.results().isEmpty()) {
            out.write(JsonFormat.JSONB.toJson(envelope).getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<ProductResponses.Item> items = page.results();
        JsonSplice.write(out, envelope.withData(page.withResults(List.of())), "results", "[]", results -> {
            results.write('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    results.write(',');
                }
                results.write(prepared.json(items.get(i)));
            }
            results.write(']');
        });
    }
}
