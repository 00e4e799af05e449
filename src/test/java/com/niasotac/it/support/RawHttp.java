package com.niasotac.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for requests no well-behaved client sends (a malformed %-sequence, a
 * control character in a header): the server's answer to exactly these bytes.
 */
public final class RawHttp {

    private RawHttp() {}

    /** {@code head}: the request line and headers, without the final blank line; {@code Connection: close} is added. */
    public static ApiResponse send(String head, byte[] body) {
        URI base = URI.create(Api.BASE_URL);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String length = body.length > 0 ? "Content-Length: " + body.length + "\r\n" : "";
            out.write((head + "\r\nConnection: close\r\n" + length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApiResponse get(String target) {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost", new byte[0]);
    }

    private static ApiResponse parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip(),
                        List.of(lines[i].substring(colon + 1).strip()));
            }
        }
        String body = end < 0 ? "" : text.substring(end + 4);
        return new ApiResponse(status, HttpHeaders.of(headers, (name, value) -> true), body);
    }
}
