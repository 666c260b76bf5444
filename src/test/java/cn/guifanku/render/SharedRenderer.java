package cn.guifanku.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives render tests one {@link AsciidoctorStandardRenderer} for the whole test run: starting JRuby
 * and loading asciidoctor-pdf takes seconds, so it lives in the root store and is closed at the end.
 * Also resolves {@link RenderedFixtures}, which renders each fixture folder (and each plain document in one), each
 * published sample under standards/ and each draft once for all test classes.
 */
final class SharedRenderer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AsciidoctorStandardRenderer.class || type == RenderedFixtures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Holder holder = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedRenderer.class))
                .getOrComputeIfAbsent(Holder.class, key -> new Holder(new AsciidoctorStandardRenderer()), Holder.class);
        return parameter.getParameter().getType() == RenderedFixtures.class ? holder.fixtures() : holder.renderer();
    }

    /** Renders of the folders under src/test/resources/render, made once each. */
    static final class RenderedFixtures {
        private final AsciidoctorStandardRenderer renderer;
        private final Map<String, RenderedStandard> rendered = new ConcurrentHashMap<>();
        private final Map<String, RenderedDocument> documents = new ConcurrentHashMap<>();

        RenderedFixtures(AsciidoctorStandardRenderer renderer) {
            this.renderer = renderer;
        }

        RenderedStandard get(String fixture) {
            return rendered.computeIfAbsent(fixture, name -> renderer.render(TestSources.fixture(name)));
        }

        /** A published sample under standards/, for example {@code sample("wh-t-201/2024")}. */
        RenderedStandard sample(String folder) {
            return rendered.computeIfAbsent("standards/" + folder,
                    name -> renderer.render(TestSources.folder(Path.of("standards", folder))));
        }

        /** A fixture folder rendered as a draft at {@code stage}, completed on {@code date}. */
        RenderedStandard draft(String fixture, DraftStage stage, LocalDate date) {
            return rendered.computeIfAbsent(fixture + "@" + stage + "@" + date,
                    name -> renderer.renderDraft(TestSources.fixture(fixture), stage, date));
        }

        /** A plain document of a fixture folder, for example {@code document("committee", "explanatory-note.adoc")}. */
        RenderedDocument document(String fixture, String mainFile) {
            return documents.computeIfAbsent(fixture + "/" + mainFile,
                    key -> renderer.renderDocument(TestSources.fixture(fixture), mainFile));
        }
    }

    private record Holder(AsciidoctorStandardRenderer renderer, RenderedFixtures fixtures)
            implements ExtensionContext.Store.CloseableResource {

        Holder(AsciidoctorStandardRenderer renderer) {
            this(renderer, new RenderedFixtures(renderer));
        }

        @Override
        public void close() {
            renderer.close();
        }
    }
}
