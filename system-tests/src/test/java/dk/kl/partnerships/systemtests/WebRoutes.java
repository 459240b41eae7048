package dk.kl.partnerships.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.io.UrlResource;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The web client's routes as its controllers map them, read from the built jar's class files (the
 * annotations only; nothing of the web client is loaded), so that a test covering "every page" also
 * covers the page added tomorrow.
 */
final class WebRoutes {

    private static final String CLASSES = "BOOT-INF/classes/";

    /** One mapped path and its HTTP method, e.g. {@code GET /kl/programmer/{id}}. */
    record Route(RequestMethod method, String path) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private WebRoutes() {}

    /** Every route whose path starts with {@code prefix} (a route without a method counts as GET and POST). */
    static List<Route> under(String prefix) {
        Path jar = Path.of(System.getProperty("partnerships.jar.web"));
        SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory(WebRoutes.class.getClassLoader());
        List<Route> routes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String entry : Collections.list(file.entries()).stream()
                    .map(e -> e.getName())
                    .filter(name -> name.startsWith(CLASSES) && name.endsWith(".class"))
                    .toList()) {
                MetadataReader reader =
                        readers.getMetadataReader(new UrlResource(URI.create("jar:" + jar.toUri() + "!/" + entry)));
                MergedAnnotation<RequestMapping> atClass =
                        reader.getAnnotationMetadata().getAnnotations().get(RequestMapping.class);
                String[] prefixes = atClass.isPresent() ? atClass.getStringArray("path") : new String[] {""};
                for (MethodMetadata method :
                        reader.getAnnotationMetadata().getAnnotatedMethods(RequestMapping.class.getName())) {
                    MergedAnnotation<RequestMapping> mapping =
                            method.getAnnotations().get(RequestMapping.class);
                    RequestMethod[] methods = mapping.getEnumArray("method", RequestMethod.class);
                    for (String classPath : prefixes.length == 0 ? new String[] {""} : prefixes) {
                        for (String path : mapping.getStringArray("path")) {
                            String full = classPath + path;
                            if (!full.equals(prefix)
                                    && !full.startsWith(prefix + "/")
                                    && !full.startsWith(prefix + ".")) {
                                continue;
                            }
                            for (RequestMethod each : methods.length == 0
                                    ? new RequestMethod[] {RequestMethod.GET, RequestMethod.POST}
                                    : methods) {
                                routes.add(new Route(each, full));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }
}
