package org.armscontrol.tracker.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/** Puts {@link ProblemErrorReportValve} in place of every other error report valve of the host. */
class TomcatErrorsAsProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // Also the class the host would add at its start when it finds no error report valve.
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            ProblemErrorReportValve problems = new ProblemErrorReportValve();
            problems.setShowServerInfo(false);
            problems.setShowReport(false);
            host.getPipeline().addValve(problems);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
