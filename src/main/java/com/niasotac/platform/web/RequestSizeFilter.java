package com.niasotac.platform.web;

import com.niasotac.platform.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies over {@link #MAX_BODY_BYTES} with a 413 in the envelope: at once when the
 * Content-Length says so, or as soon as a chunked body passes the limit while it is read. (Undertow's own
 * max-post-size in server.cli is a larger outer guard that answers with a bare 400.)
 */
public class RequestSizeFilter extends HttpFilter {

    /** A 5 MB image upload plus multipart overhead fits; nothing the API accepts is larger. */
    public static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

    public static final String TOO_LARGE_MESSAGE =
            "The request body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            ServletErrors.write(response, ErrorCode.PAYLOAD_TOO_LARGE, TOO_LARGE_MESSAGE);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedRequest(request) : request, response);
    }

    /** Thrown while reading a body that turns out too large; mapped to 413 wherever it surfaces. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super(TOO_LARGE_MESSAGE);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private long read;

        LimitedInputStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
