package com.niasotac.platform.api;

import com.niasotac.platform.json.JsonFormat;
import com.niasotac.platform.json.JsonSplice;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes an {@code Envelope<PreparedJson>} byte for byte as JSON-B writes the envelope of the data it was prepared
 * from: the envelope around a null data, the prepared bytes in its place. Chosen by the resource method's declared
 * type, so a method answers prepared data only by declaring it.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class PreparedJsonWriter extends EnvelopeBodyWriter<PreparedJson> {

    @Override
    protected boolean writesData(Type data) {
        return data == PreparedJson.class;
    }

    @Override
    protected void write(Envelope<PreparedJson> envelope, OutputStream out) throws IOException {
        PreparedJson data = envelope.data();
        if (data == null) {
            out.write(JsonFormat.JSONB.toJson(envelope).getBytes(StandardCharsets.UTF_8));
            return;
        }
        JsonSplice.write(out, envelope.withData(null), "data", "null", data::writeTo);
    }
}
