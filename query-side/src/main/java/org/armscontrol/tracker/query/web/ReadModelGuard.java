package org.armscontrol.tracker.query.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.armscontrol.tracker.query.admin.ReadModelProcessor;
import org.springframework.lang.NonNull;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * While the read models are being rebuilt they are incomplete: reads of them are refused with 503 (and the
 * progress of the rebuild) rather than answered from a half-built model.
 */
class ReadModelGuard implements HandlerInterceptor {

    private final ReadModelProcessor processor;

    ReadModelGuard(ReadModelProcessor processor) {
        this.processor = processor;
    }

    @Override
    public boolean preHandle(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                             @NonNull Object handler) {
        if ("GET".equals(request.getMethod()) && processor.rebuilding()) {
            throw new ReadModelsRebuildingException(processor.status());
        }
        return true;
    }
}
