package cn.guifanku.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat refuses before the application sees the request (a {@code %00} or an undecodable {@code %ZZ} in the
 * path, an encoded slash) gets our answer too, not Tomcat's English page with its version: a short page in Chinese (or
 * Problem Details for the JSON API), from a valve that replaces Tomcat's own error report valve on the host.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    TomcatContextCustomizer containerErrorPages() {
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ContainerErrorValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (java.util.Arrays.stream(host.getPipeline().getValves()).noneMatch(ContainerErrorValve.class::isInstance)) {
                    host.getPipeline().addValve(new ContainerErrorValve());
                }
            }
        });
    }

    /** Writes the answer to an error no servlet answered; never a stack trace, never a server version. */
    public static class ContainerErrorValve extends ErrorReportValve {

        public ContainerErrorValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean english = WebConfiguration.prefersEnglish(request.getRequest());
            ResourceBundle words = bundle(english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            String code = ProblemTexts.codeFor(status);
            String title = text(words, "problem.title." + status, text(words, "problem.title.other", "Error"));
            String detail = text(words, "problem." + code, title);
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "no-store");
                Writer out = response.getReporter();
                if (out == null) {
                    return;
                }
                if (ProblemTexts.wantsJson(request.getRequest())) {
                    response.setContentType("application/problem+json");
                    out.write("{\"type\":\"urn:guifanku:problem:" + code + "\",\"title\":\"" + json(title) + "\",\"status\":"
                            + status + ",\"detail\":\"" + json(detail) + "\"}");
                } else {
                    response.setContentType("text/html");
                    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'self'");
                    out.write("<!DOCTYPE html><html lang=\"" + (english ? "en" : "zh-CN") + "\"><head><meta charset=\"UTF-8\">"
                            + "<title>" + HtmlUtils.htmlEscape(title) + " · 规范库</title>"
                            + "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main class=\"wrap narrow\">"
                            + "<h1>" + HtmlUtils.htmlEscape(text(words, "error.title", title)) + "</h1>"
                            + "<p class=\"error-status\">" + HtmlUtils.htmlEscape(title) + "（" + status + "）</p>"
                            + "<p class=\"error-message\">" + HtmlUtils.htmlEscape(detail) + "</p>"
                            + "<p><a href=\"/\">" + HtmlUtils.htmlEscape(text(words, "error.back", "/")) + "</a></p>"
                            + "</main></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                container().getLogger().debug("error report not written", e);
            }
        }

        private Container container() {
            return getContainer();
        }

        private static ResourceBundle bundle(Locale locale) {
            return ResourceBundle.getBundle("messages", locale, ContainerErrors.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        private static String text(ResourceBundle words, String key, String fallback) {
            try {
                return words.getString(key).replace("{0}", "").replace("{1}", "");
            } catch (MissingResourceException e) {
                return fallback;
            }
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
