package cn.guifanku.render;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * How renders run ({@code guifanku.render.*}; the README's "Limits" table states the defaults).
 *
 * @param workers         render worker processes at most, so renders never take more than this many cores
 * @param htmlWorkers     of which HTML-only renders (previews, the review page, the redline) may use at most this many,
 *                        so that previews never take every worker from checks and publications
 * @param warmWorkers     workers kept started and warm even when idle (the others stop after {@code idleTimeout})
 * @param workerHeap      each worker's heap (-Xmx): a render that needs more is stopped, the application's heap untouched
 * @param workerNice      the workers' lower CPU priority (nice), so that pages and downloads come first
 * @param maxWait         how long a render waits for a free worker before the request is refused (503, Retry-After)
 * @param htmlCpuLimit    CPU time an HTML-only render may take before its worker is killed
 * @param htmlTimeLimit   wall time an HTML-only render may take before its worker is killed
 * @param fullCpuLimit    CPU time a render with PDF may take before its worker is killed
 * @param fullTimeLimit   wall time a render with PDF may take before its worker is killed (a loaded machine is slow)
 * @param startTimeout    wall time a worker may take to start and render its warm-up document (long: a worker has a
 *                        lower priority and gets little CPU while readers keep the machine busy)
 * @param startCpuLimit   CPU time a worker may use to start and render its warm-up document, the real bound
 * @param idleTimeout     how long a worker beyond {@code warmWorkers} stays after its last render
 * @param recycleAfter    renders after which a worker is replaced by a fresh one
 * @param warmUp          whether a worker renders a small standard before it takes work, so that the first preview
 *                        finds fonts and code loaded (tests that render at once anyway switch it off)
 * @param maxAttributeValueSize see {@link RenderLimits}
 * @param maxExpandedSize see {@link RenderLimits}
 * @param maxSourceSize   see {@link RenderLimits}
 * @param maxTableColumns see {@link RenderLimits}
 * @param maxBlockNesting see {@link RenderLimits}
 * @param maxOutputSize   see {@link RenderLimits}
 * @param maxImageSize    see {@link RenderLimits}
 * @param maxImagesSize   see {@link RenderLimits}
 * @param maxImagePixels  see {@link RenderLimits}
 */
@ConfigurationProperties("guifanku.render")
public record RenderProperties(Integer workers, Integer htmlWorkers, Integer warmWorkers, DataSize workerHeap,
                               Integer workerNice, Duration maxWait, Duration htmlCpuLimit, Duration htmlTimeLimit,
                               Duration fullCpuLimit, Duration fullTimeLimit, Duration startTimeout, Duration startCpuLimit,
                               Duration idleTimeout,
                               Integer recycleAfter, Boolean warmUp, DataSize maxAttributeValueSize, DataSize maxExpandedSize,
                               DataSize maxSourceSize, Integer maxTableColumns, Integer maxBlockNesting,
                               DataSize maxOutputSize, DataSize maxImageSize, DataSize maxImagesSize,
                               Long maxImagePixels) {

    @ConstructorBinding
    public RenderProperties {
        RenderLimits d = RenderLimits.DEFAULTS;
        workers = workers == null ? 2 : Math.max(1, workers);
        htmlWorkers = htmlWorkers == null ? Math.max(1, workers - 1) : Math.max(1, Math.min(workers, htmlWorkers));
        warmWorkers = warmWorkers == null ? 1 : Math.max(0, Math.min(workers, warmWorkers));
        workerHeap = workerHeap == null ? DataSize.ofMegabytes(512) : workerHeap;
        workerNice = workerNice == null ? 10 : workerNice;
        maxWait = maxWait == null ? Duration.ofSeconds(30) : maxWait;
        htmlCpuLimit = htmlCpuLimit == null ? Duration.ofSeconds(20) : htmlCpuLimit;
        htmlTimeLimit = htmlTimeLimit == null ? Duration.ofSeconds(60) : htmlTimeLimit;
        fullCpuLimit = fullCpuLimit == null ? Duration.ofSeconds(120) : fullCpuLimit;
        fullTimeLimit = fullTimeLimit == null ? Duration.ofMinutes(5) : fullTimeLimit;
        startTimeout = startTimeout == null ? Duration.ofMinutes(15) : startTimeout;
        startCpuLimit = startCpuLimit == null ? Duration.ofMinutes(3) : startCpuLimit;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(5) : idleTimeout;
        recycleAfter = recycleAfter == null ? 500 : recycleAfter;
        warmUp = warmUp == null || warmUp;
        maxAttributeValueSize = maxAttributeValueSize == null ? DataSize.ofBytes(d.maxAttributeValueSize()) : maxAttributeValueSize;
        maxExpandedSize = maxExpandedSize == null ? DataSize.ofBytes(d.maxExpandedSize()) : maxExpandedSize;
        maxSourceSize = maxSourceSize == null ? DataSize.ofBytes(d.maxSourceSize()) : maxSourceSize;
        maxTableColumns = maxTableColumns == null ? d.maxTableColumns() : maxTableColumns;
        maxBlockNesting = maxBlockNesting == null ? d.maxBlockNesting() : maxBlockNesting;
        maxOutputSize = maxOutputSize == null ? DataSize.ofBytes(d.maxOutputSize()) : maxOutputSize;
        maxImageSize = maxImageSize == null ? DataSize.ofBytes(d.maxImageSize()) : maxImageSize;
        maxImagesSize = maxImagesSize == null ? DataSize.ofBytes(d.maxImagesSize()) : maxImagesSize;
        maxImagePixels = maxImagePixels == null ? d.maxImagePixels() : maxImagePixels;
    }

    /** The defaults. */
    public static RenderProperties defaults() {
        return new RenderProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    RenderLimits limits() {
        return new RenderLimits((int) Math.min(Integer.MAX_VALUE, maxAttributeValueSize.toBytes()),
                maxExpandedSize.toBytes(), maxSourceSize.toBytes(), maxTableColumns, maxBlockNesting, maxOutputSize.toBytes(),
                maxImageSize.toBytes(), maxImagesSize.toBytes(), maxImagePixels);
    }

    Duration cpuLimit(WorkerProtocol.Kind kind) {
        return kind.full() ? fullCpuLimit : htmlCpuLimit;
    }

    Duration timeLimit(WorkerProtocol.Kind kind) {
        return kind.full() ? fullTimeLimit : htmlTimeLimit;
    }
}
