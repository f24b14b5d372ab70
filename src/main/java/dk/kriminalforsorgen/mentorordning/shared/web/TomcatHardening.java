package dk.kriminalforsorgen.mentorordning.shared.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WS4, IN3: Tomcat answers requests it refuses before the application (malformed URLs) with the
 * {@link DanishErrorReportValve}, not its English page. The valve is swapped in when the host starts,
 * after Spring Boot has added its own.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatHardening {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> danishErrorReports() {
        return factory -> factory.addContextCustomizers((TomcatContextCustomizer) context -> {
            Container host = context.getParent();
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    useDanishErrorReports(host);
                }
            });
        });
    }

    private static void useDanishErrorReports(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standardHost) {
            standardHost.setErrorReportValveClass(null); // or the host adds Tomcat's own next to ours
        }
        host.getPipeline().addValve(new DanishErrorReportValve());
    }
}
