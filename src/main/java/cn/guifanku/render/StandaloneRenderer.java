package cn.guifanku.render;

/**
 * The renderer outside the application, for commands that run without it (the verify command re-renders an edition
 * from its tag): the very rendering the application publishes with, its own Asciidoctor instance. Close it when done.
 */
public final class StandaloneRenderer {

    private StandaloneRenderer() {
    }

    /** A new renderer; starting it takes seconds (JRuby). */
    public static Closeable open() {
        AsciidoctorStandardRenderer renderer = new AsciidoctorStandardRenderer();
        return new Closeable() {
            @Override
            public RenderedStandard render(SourceFiles files) {
                return renderer.render(files);
            }

            @Override
            public void close() {
                renderer.close();
            }
        };
    }

    /** Renders published editions; closing it stops its Asciidoctor instance. */
    public interface Closeable extends AutoCloseable {
        RenderedStandard render(SourceFiles files);

        @Override
        void close();
    }
}
