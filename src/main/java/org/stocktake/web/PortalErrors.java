package org.stocktake.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.stocktake.users.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one handler for what a user may not see or what does not exist: both answer 404 with the same page
 * ({@code templates/error/404.html}), which names nothing, as a route refused by {@link SecurityConfiguration} does.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        log.debug("404: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
