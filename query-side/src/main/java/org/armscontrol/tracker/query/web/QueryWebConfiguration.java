package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.query.admin.ReadModelProcessor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards the reads of the read models against answering from a model being rebuilt. */
@Configuration(proxyBeanMethods = false)
class QueryWebConfiguration implements WebMvcConfigurer {

    private final ReadModelProcessor processor;

    QueryWebConfiguration(ReadModelProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadModelGuard(processor))
                .addPathPatterns("/api/countries/**", "/api/compare", "/api/instruments/*/participants",
                        "/api/instruments/*/participants/timeline", "/api/statements");
    }
}
