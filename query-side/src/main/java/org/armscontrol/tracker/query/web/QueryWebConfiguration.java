package org.armscontrol.tracker.query.web;

import org.armscontrol.tracker.query.admin.ReadModelProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards the reads of the read models against answering from a model being rebuilt, and gives the reads an ETag (of
 * the answer's bytes) so that a browser asking again with If-None-Match gets a 304 when nothing changed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadCachingProperties.class)
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

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> readEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        // The reads that take knownAt (and the country list beside them); not the audit log, which streams.
        registration.addUrlPatterns("/api/countries/*", "/api/instruments", "/api/instruments/*", "/api/compare",
                "/api/statements");
        return registration;
    }
}
