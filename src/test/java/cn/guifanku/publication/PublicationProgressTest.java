package cn.guifanku.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.guifanku.catalog.Catalog;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A newcomer's first minutes: from the very first request, while the samples are still being imported and the
 * catalog is empty, every page says that they are being published, and then how far it got — never a bare
 * "共 0 项标准".
 */
class PublicationProgressTest {

    final PublicationQueue queue = mock(PublicationQueue.class);
    final Catalog catalog = mock(Catalog.class);
    final PublicationProgress progress = new PublicationProgress(queue, catalog, messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void theFirstRequestLearnsThatTheSamplesAreBeingPublished() {
        when(queue.progress()).thenReturn(new PublicationQueue.Progress(true, 0, 0));
        when(catalog.standards()).thenReturn(List.of());
        PublicationProgress.Notice first = progress.notice();
        assertThat(first.active()).isTrue();
        assertThat(first.importing()).isTrue();
        assertThat(progress.progress(Locale.SIMPLIFIED_CHINESE).getBody().message()).contains("正在导入样例标准");

        // The first edition published: the catalog has it, the notice counts.
        when(queue.progress()).thenReturn(new PublicationQueue.Progress(true, 1, 4));
        when(catalog.standards()).thenReturn(List.of(mock(cn.guifanku.catalog.StandardEntry.class)));
        var later = progress.progress(Locale.SIMPLIFIED_CHINESE).getBody();
        assertThat(later.active()).isTrue();
        assertThat(later.percent()).isEqualTo(25);
        assertThat(later.message()).isEqualTo("正在发布标准：已完成 1 项，共 4 项。");

        when(queue.progress()).thenReturn(new PublicationQueue.Progress(false, 4, 4));
        assertThat(progress.notice().active()).as("done: no notice").isFalse();
    }
}
