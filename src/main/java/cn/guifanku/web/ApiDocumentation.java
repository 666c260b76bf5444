package cn.guifanku.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui/index.html}): the
 * licence, how callers authenticate (HTTP Basic for API clients; the browser's session, whose writes carry the CSRF
 * token), which operations anyone may call, and the Problem Details every operation can answer with. Redocly's
 * recommended rules pass on it (tested).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String SESSION = "session";
    static final String PROBLEM = "Problem";
    /** Paths whose GET anyone may call (see security.SecurityConfiguration). */
    private static final List<String> PUBLIC_READS = List.of("/api/standards", "/api/proposals", "/api/search", "/api/terms");

    @Bean
    OpenAPI guifankuApi() {
        return new OpenAPI()
                .info(new Info().title("规范库 API · Guifanku API").version("1")
                        .description("图书馆业务规范体系的标准目录、提案、草案、征求意见与投票。错误以 RFC 9457 Problem Details 答复，"
                                + "默认中文（请求头 Accept-Language: en 时为英文）。 The catalog of the library standards, "
                                + "proposals, drafts, comments and ballots; errors are RFC 9457 Problem Details, in Chinese "
                                + "unless the request asks for English.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("API 客户端：每次请求都带用户名和密码（HTTP Basic），不用会话，写操作以 "
                                        + "Content-Type: application/json 发送，无需 CSRF 令牌。"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("浏览器：登录页面后的会话 Cookie；写操作须在请求头 X-CSRF-TOKEN 中带页面 "
                                        + "meta 标签 _csrf 给出的令牌。")))
                // Relative: the API is wherever this application answers (springdoc would name the host of the request).
                .servers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/").description("本服务器 · this server")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)));
    }

    /** Every operation: who may call it, a summary, and the Problem Details of its refusals. */
    @Bean
    OpenApiCustomizer problemsAndSecurityOnEveryOperation() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> everyOperation(path, method, operation)));
        };
    }

    private static void everyOperation(String path, PathItem.HttpMethod method, Operation operation) {
        if (method == PathItem.HttpMethod.GET && PUBLIC_READS.stream().anyMatch(path::startsWith)) {
            operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC),
                    new SecurityRequirement().addList(SESSION)));
        }
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(operation.getOperationId());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        refusals(method).forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
        operation.setResponses(responses);
    }

    private static Map<String, String> refusals(PathItem.HttpMethod method) {
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("400", "请求有误：参数或请求内容的格式、类型不对（field 指出哪个字段）");
        refusals.put("401", "需要登录：HTTP Basic 或会话");
        refusals.put("403", "无权操作，或会话请求缺少 CSRF 令牌");
        refusals.put("404", "找不到：没有此标准、提案或文件，或无权知道它存在");
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            refusals.put("409", "与当前状态冲突：例如草案已被他人修改，或提案不在此阶段");
            refusals.put("413", "请求内容过大（草案最多 5 MB）");
            refusals.put("415", "不支持的内容类型或字符编码（只接受 UTF-8 的 application/json）");
            refusals.put("422", "内容不符合要求：例如字段过长、草案为空或无法渲染（problems 列出文件与行号）");
        }
        refusals.put("503", "服务暂时不可用：标准库（Git 服务器）无法连接，或渲染服务繁忙（见 Retry-After）");
        return refusals;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("字段"));
        error.addProperty("message", new StringSchema().description("该字段的问题"));
        return new ObjectSchema().description("RFC 9457 Problem Details：type 稳定不变，title 与 detail 随语言而变")
                .addProperty("type", new StringSchema().format("uri").example("urn:guifanku:problem:field-too-long"))
                .addProperty("title", new StringSchema().example("内容不符合要求"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().example("“reason”过长：最多 4000 个字符。"))
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("field", new StringSchema().description("出错的字段（若只有一个）").example("reason"))
                .addProperty("errors", new ArraySchema().items(error).description("Bean Validation 的每个字段错误"))
                .addProperty("problems", new ArraySchema().items(new ObjectSchema()).description("草案的问题，带文件和行号"));
    }
}
