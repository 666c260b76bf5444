package cn.guifanku.archive;

import cn.guifanku.catalog.Catalog;
import cn.guifanku.catalog.Edition;
import cn.guifanku.web.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * How a library verifies an edition (核验): a page and its JSON, the signed checksums, and the committee's public key
 * and certificate. Public, like the catalog. Signatures of the checksums are made when asked, deterministically (RSA
 * PKCS#1 v1.5 at the edition's signing or publication time), so every node serves the same bytes.
 */
@Controller
class EditionVerificationController {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final String EDITION = "/standards/{slug}/{edition:\\d{4}[a-z]?}";

    private final Catalog catalog;
    private final EditionArchive archive;
    private final CommitteeKey key;
    private final String repositoryUrl;
    private final cn.guifanku.web.PublicAddress site;

    EditionVerificationController(Catalog catalog, EditionArchive archive, CommitteeKey key,
                                  @Value("${guifanku.archive.repository-url:}") String repositoryUrl,
                                  cn.guifanku.web.PublicAddress site) {
        this.site = site;
        this.catalog = catalog;
        this.archive = archive;
        this.key = key;
        this.repositoryUrl = repositoryUrl;
    }

    @GetMapping(EDITION + "/verification")
    String page(@PathVariable String slug, @PathVariable String edition, HttpServletRequest request, Model model) {
        model.addAttribute("v", verification(slug, edition, request));
        return "archive/verification";
    }

    @GetMapping(value = "/api" + EDITION + "/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    EditionVerification api(@PathVariable String slug, @PathVariable String edition, HttpServletRequest request) {
        return verification(slug, edition, request);
    }

    @GetMapping(EDITION + "/SHA256SUMS")
    ResponseEntity<String> sums(@PathVariable String slug, @PathVariable String edition, HttpServletRequest request) {
        return text(verification(slug, edition, request).sha256sums());
    }

    @GetMapping(EDITION + "/SHA256SUMS.asc")
    ResponseEntity<String> sumsSignature(@PathVariable String slug, @PathVariable String edition,
                                         HttpServletRequest request) {
        EditionVerification v = verification(slug, edition, request);
        Instant when = v.archival() != null ? v.archival().signedAt()
                : catalog.edition(slug, edition).orElseThrow().published().publishedAt();
        return text(key.pgpSign(v.sha256sums().getBytes(StandardCharsets.UTF_8), when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }

    @GetMapping("/signing/committee.asc")
    ResponseEntity<String> publicKey() {
        return text(key.pgpPublicKey());
    }

    @GetMapping("/signing/committee.pem")
    ResponseEntity<String> certificate() {
        return text(key.certificatePem());
    }

    private EditionVerification verification(String slug, String edition, HttpServletRequest request) {
        Edition e = catalog.edition(slug, edition).orElseThrow(() -> Problem.notFound("edition-not-found", slug, edition));
        String base = site.base();
        return EditionVerification.of(e, archive.find(slug, edition).orElse(null), key, base, repositoryUrl);
    }

    private static ResponseEntity<String> text(String body) {
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(body);
    }
}
