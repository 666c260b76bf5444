package cn.guifanku.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guifanku.ApplicationTestBase;
import cn.guifanku.catalog.EditionStatus;
import cn.guifanku.catalog.StandardEntry;
import cn.guifanku.content.ContentRepository;
import cn.guifanku.content.Revision;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class SystemPageTest extends ApplicationTestBase {

    @Autowired
    ContentRepository content;
    @Autowired
    SystemOverview overview;
    @Autowired
    StandardsSystem system;

    @Test
    void countsOnThePageMatchTheCatalog() {
        Set<String> listed = Set.of("wh-t-201", "wh-t-202", "wh-t-203");
        List<StandardEntry> inForce = catalog.standards().stream().filter(s -> listed.contains(s.slug()))
                .filter(s -> s.status() == EditionStatus.CURRENT || s.status() == EditionStatus.UPCOMING).toList();
        SystemView view = overview.build().orElseThrow();

        assertThat(view.total().published()).isEqualTo(inForce.size()).isEqualTo(3);
        for (SystemView.Section section : view.sections()) {
            long expected = section.rows().stream().filter(r -> r.slug() != null)
                    .filter(r -> inForce.stream().anyMatch(s -> s.slug().equals(r.slug()))).count();
            long below = view.sections().stream().filter(s -> s.code().startsWith(section.code() + "."))
                    .flatMap(s -> s.rows().stream()).filter(r -> r.kind() == SystemView.Kind.PUBLISHED).count();
            assertThat(view.counts(section).published()).as(section.code()).isEqualTo(expected + below);
        }
        SystemView.Row reading = view.sections().stream().flatMap(s -> s.rows().stream())
                .filter(r -> "wh-t-201".equals(r.slug())).findFirst().orElseThrow();
        StandardEntry wh201 = catalog.find("wh-t-201").orElseThrow();
        assertThat(reading).extracting(SystemView.Row::number, SystemView.Row::title, SystemView.Row::replaces)
                .containsExactly(wh201.headline().number(), wh201.headline().metadata().titleZh(), "WH/T 201—2019");

        String page = http.get().uri("/system").retrieve().body(String.class);
        assertThat(page).contains("已发布 " + view.total().published() + " 项", "待制定 " + view.total().planned() + " 项",
                "读者服务", "公共图书馆读者服务规范", "WH/T 201—2024", "图书馆无障碍服务规范", "待制定", "现行");
    }

    @Test
    void aProposalNamingAPlannedEntryShowsItInProgressWithItsStage() {
        var created = as("editor1").post().uri("/api/proposals").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"kind":"NEW","title":"古籍修复技术规范","scope":"古籍修复","reason":"填补空白","plannedEntry":"5-02"}""")
                .retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);

        SystemView.Row row = overview.build().orElseThrow().sections().stream().flatMap(s -> s.rows().stream())
                .filter(r -> r.code().equals("5-02")).findFirst().orElseThrow();
        assertThat(row.kind()).isEqualTo(SystemView.Kind.PROGRESS);
        assertThat(row.stage()).isNotNull();
        assertThat(http.get().uri("/system").retrieve().body(String.class)).contains("制定中（立项审查）");
        String id = find(created.getBody(), "\"id\":\"([^\"]+)\"");
        assertThat(as("editor1").get().uri("/proposals/" + id).retrieve().body(String.class)).contains("填补待制定项 5-02");
    }

    @Test
    void theTableDownloadsAsHtmlAndPdfForAnyone() {
        ResponseEntity<String> html = http.get().uri("/system.html").retrieve().toEntity(String.class);
        assertThat(html.getStatusCode().value()).isEqualTo(200);
        assertThat(html.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html.getBody()).contains("图书馆业务规范体系表", "序号", "体系编号", "代替", "WH/T 201—2024", "待制定");
        ResponseEntity<byte[]> pdf = http.get().uri("/system.pdf").retrieve().toEntity(byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theSecretariatsEditIsACommitWithItsAuthor() {
        EditForm form = open("secretary");
        String edited = form.text().replace("  - code: \"7\"\n    name: 管理与评价", "  - code: \"7\"\n    name: 管理与评价（含统计）");

        ResponseEntity<String> saved = submit(form, edited, form.revision());

        assertThat(saved.getStatusCode().is3xxRedirection() || saved.getBody().contains("已保存")).as(saved.getBody()).isTrue();
        Revision commit = content.history(ContentRepository.MAIN, "体系表", 1).get(0);
        assertThat(commit.id()).isNotEqualTo(form.revision());
        assertThat(commit.author().name()).isEqualTo("secretary");
        assertThat(system.categories()).contains(new Category("7", "管理与评价（含统计）"));
    }

    @Test
    void aBrokenFileIsRefusedWithTheReasonAndNothingIsCommitted() {
        EditForm form = open("secretary");
        String broken = form.text().replace("code: \"4-02\"", "code: \"4-01\"");

        ResponseEntity<String> refused = submit(form, broken, form.revision());

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("体系编号“4-01”重复", "第 ");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getBody())).as("the text is kept")
                .contains("code: \"4-01\"\n        note: 面向视障");
        assertThat(content.resolve(ContentRepository.MAIN)).contains(form.revision());
    }

    @Test
    void aConcurrentEditIsRefusedWith409AndTheTextIsKept() {
        EditForm first = open("secretary");
        EditForm second = open("admin");
        assertThat(submit(first, first.text().replace("name: 资源建设", "name: 资源建设与共享"), first.revision())
                .getStatusCode().is4xxClientError()).isFalse();
        String head = content.resolve(ContentRepository.MAIN).orElseThrow();

        ResponseEntity<String> refused = submit(second, second.text() + "# 我的修改\n", second.revision());

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).contains("已被他人修改", "# 我的修改");
        assertThat(content.resolve(ContentRepository.MAIN)).contains(head);
    }

    @Test
    void onlyTheSecretariatAndAdministratorsMayEdit() {
        assertThat(as("reader").get().uri("/system/edit").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(as("editor1").get().uri("/system/edit").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(http.get().uri("/system/edit").retrieve().toBodilessEntity().getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(as("admin").get().uri("/system/edit").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    }

    /** The edit page as a user loaded it: the text, the revision and the session with its CSRF token. */
    private EditForm open(String user) {
        ResponseEntity<String> page = as(user).get().uri("/system/edit").retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        String cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        String body = page.getBody();
        String text = org.springframework.web.util.HtmlUtils.htmlUnescape(find(body, "<textarea[^>]*>\\n?([\\s\\S]*?)</textarea>"));
        return new EditForm(user, cookies, find(body, "name=\"_csrf\"[^>]*value=\"([^\"]+)\""),
                find(body, "name=\"baseRevision\"[^>]*value=\"([0-9a-f]{40})\""), text);
    }

    private static String find(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private record EditForm(String user, String cookies, String csrf, String revision, String text) {
    }

    private ResponseEntity<String> submit(EditForm form, String text, String base) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("_csrf", form.csrf());
        fields.add("text", text);
        fields.add("baseRevision", base);
        fields.add("message", "测试修改");
        return as(form.user()).post().uri("/system/edit").header(HttpHeaders.COOKIE, form.cookies())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(fields).retrieve().toEntity(String.class);
    }
}
