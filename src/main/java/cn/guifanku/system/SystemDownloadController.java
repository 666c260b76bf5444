package cn.guifanku.system;

import cn.guifanku.web.DocumentPolicy;
import cn.guifanku.web.Problem;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The classic 标准体系表 as a document, HTML and PDF, laid out like the committee's other documents. */
@Controller
class SystemDownloadController {

    /** “标准体系表” percent-encoded for the RFC 6266 file name. */
    private static final String FILE_NAME = "%E6%A0%87%E5%87%86%E4%BD%93%E7%B3%BB%E8%A1%A8";

    private final SystemRendering rendering;

    SystemDownloadController(SystemRendering rendering) {
        this.rendering = rendering;
    }

    @GetMapping("/system.html")
    CompletableFuture<ResponseEntity<byte[]>> html() {
        return render().thenApply(doc -> ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", DocumentPolicy.CSP)
                .body(doc.html()));
    }

    @GetMapping("/system.pdf")
    CompletableFuture<ResponseEntity<byte[]>> pdf() {
        return render().thenApply(doc -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"system-table.pdf\"; filename*=UTF-8''"
                        + FILE_NAME + ".pdf")
                .body(doc.pdf()));
    }

    private CompletableFuture<cn.guifanku.render.RenderedDocument> render() {
        return rendering.render().orElseThrow(() -> Problem.notFound("system.missing"));
    }
}
