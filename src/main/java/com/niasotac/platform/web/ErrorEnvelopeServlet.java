package com.niasotac.platform.web;

import com.niasotac.platform.api.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the servlet container (web.xml): a failure the container itself answers, before JAX-RS
 * sees the request (an address whose %-sequences are not UTF-8, say), gets the envelope like every other
 * answer instead of the container's HTML page.
 */
public class ErrorEnvelopeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without the container's error status this is a plain visit to the page's address: nothing here.
        ErrorCode code = status instanceof Integer value ? ErrorCode.forStatus(value) : ErrorCode.NOT_FOUND;
        if (!response.isCommitted()) {
            response.resetBuffer();
            ServletErrors.write(response, code, code.defaultMessage());
        }
    }
}
