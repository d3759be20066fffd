package org.armscontrol.tracker.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

import java.util.List;

/** The HTTP conventions both applications follow. */
// Before ErrorMvcAutoConfiguration: its error controller gives way to ProblemErrorController.
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({ApiProblemHandler.class, ProblemErrorController.class})
public class PlatformWebAutoConfiguration {

    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Lets request bodies say three things about an optional field: absent (leave it), null (remove it), or a
     * value. Fields of type {@code Optional} read an absent property as null and an explicit null as empty.
     */
    @Bean
    public Jdk8Module jdk8Module() {
        return new Jdk8Module().configureReadAbsentAsNull(true);
    }

    /**
     * The API's own mapper (request and response bodies; the event store has its own) takes a body only as written:
     * malformed UTF-8 is an error ({@link StrictUtf8JsonFactory}), a field given twice is an error rather than the
     * last one winning, a number or a boolean sent as a string is not converted, nor is a number or a boolean sent
     * where text is expected (a note of {@code 12345} or {@code true} is not recorded as the text "12345"), nor a
     * fraction sent for a whole number. Each is a 400 naming the field.
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .factory(new StrictUtf8JsonFactory())
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> {
                    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
                        mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    }
                    // 12.5 for a whole number is refused, not cut to 12.
                    mapper.coercionConfigFor(LogicalType.Integer)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                            CoercionInputShape.Boolean)) {
                        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
                    }
                });
    }

    /**
     * Bodies over {@code tracker.http.max-body-size} (default 256 KB: a statement at its longest, 10,000 characters
     * of summary and of quote, fits several times) are refused with 413; paths with a {@link BodySizeLimit} bean
     * have their own limit.
     */
    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${tracker.http.max-body-size:256KB}") DataSize maxBodySize, ObjectMapper mapper,
            ObjectProvider<BodySizeLimit> pathLimits) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(maxBodySize.toBytes(), pathLimits.orderedStream().toList(), mapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Tomcat refuses an encoded '/' or '\\' itself, with an HTML page; passed through, it reaches Spring Security's
     * firewall, which refuses it too but with a problem document (TrackerSecurityAutoConfiguration). Nothing decodes
     * it in between, so no path is read differently than it was checked.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
            connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
        });
    }

    /** The problem answers of every operation, declared in the API document (see {@link ApiDocumentProblems}). */
    @Bean
    public org.springdoc.core.customizers.OpenApiCustomizer apiDocumentProblems() {
        return new ApiDocumentProblems();
    }

    /** The API's name, contract version and server in its document. */
    @Bean
    public org.springdoc.core.customizers.OpenApiCustomizer apiDocumentInfo() {
        return new ApiDocumentInfo();
    }

    /**
     * What Tomcat answers itself (an over-long header, an unreadable request line) is a problem document too: Boot's
     * {@code ErrorReportValve} on the host (and Tomcat's default) is replaced by {@link ProblemErrorReportValve}.
     * Ordered last, so that Boot's own customizer has added its valve before this one removes it.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorsAsProblems() {
        return new TomcatErrorsAsProblems();
    }

    @Bean
    public StartupReport startupReport(ObjectProvider<SignInHint> signInHint) {
        return new StartupReport(signInHint);
    }
}
