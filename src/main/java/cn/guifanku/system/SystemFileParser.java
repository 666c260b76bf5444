package cn.guifanku.system;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the 体系表 YAML into a {@link SystemFile} and checks its structure: known keys only, a unique 体系编号 for every
 * category and entry, sub-category codes under their parent's, each entry either a published standard or a planned
 * one, no standard listed twice. Works on SnakeYAML's node tree (no objects are constructed from the text), so every
 * problem names its line.
 */
final class SystemFileParser {

    static final int MAX_CHARS = 200_000;
    private static final Set<String> ROOT_KEYS = Set.of("title", "categories");
    private static final Set<String> CATEGORY_KEYS = Set.of("code", "name", "entries", "categories");
    private static final Set<String> ENTRY_KEYS = Set.of("code", "standard", "planned", "number", "note");
    private static final Pattern CATEGORY_CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern ENTRY_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,31}");
    private static final Pattern DESIGNATION = Pattern.compile("[A-Z]+(/[A-Z]+)? [0-9A-Za-z]+(\\.[0-9A-Za-z]+)*");

    private final Map<String, Integer> codes = new HashMap<>();
    private final Map<String, Integer> standards = new HashMap<>();

    private SystemFileParser() {
    }

    /** @throws SystemFileException with the reason and line when the text is not a well-formed 体系表 */
    static SystemFile parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SystemFileException("体系表为空。", 0);
        }
        if (text.length() > MAX_CHARS) {
            throw new SystemFileException("体系表过长（超过 " + MAX_CHARS + " 个字符）。", 0);
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(40);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SystemFileException("YAML 格式错误：" + firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    mark == null ? 0 : mark.getLine() + 1);
        } catch (YAMLException e) {
            throw new SystemFileException("YAML 格式错误：" + firstLine(e.getMessage()), 0);
        }
        return new SystemFileParser().file(root);
    }

    private SystemFile file(Node root) {
        Map<String, Node> map = mapping(root, ROOT_KEYS, "体系表");
        String title = optionalText(map.get("title"), "title");
        List<SystemFile.Node> categories = categories(map.get("categories"), null, line(root));
        if (categories.isEmpty()) {
            throw new SystemFileException("体系表至少应有一个类目（categories）。", line(root));
        }
        return new SystemFile(title == null ? "标准体系表" : title, categories);
    }

    private List<SystemFile.Node> categories(Node node, String parent, int parentLine) {
        List<SystemFile.Node> result = new ArrayList<>();
        for (Node item : sequence(node, "categories")) {
            Map<String, Node> map = mapping(item, CATEGORY_KEYS, "类目");
            String code = requiredText(map.get("code"), "code", item, "类目缺少体系编号（code）。");
            if (!CATEGORY_CODE.matcher(code).matches()) {
                throw new SystemFileException("类目体系编号“" + code + "”格式不正确（应为 1、1.2、1.2.3 这样的数字）。", line(map.get("code")));
            }
            if (parent == null ? code.contains(".") : !code.startsWith(parent + ".") || code.substring(parent.length() + 1).contains(".")) {
                throw new SystemFileException("类目体系编号“" + code + "”与上级类目“" + (parent == null ? "（顶层）" : parent)
                        + "”不一致。", line(map.get("code")));
            }
            claimCode(code, line(map.get("code")));
            String name = requiredText(map.get("name"), "name", item, "类目“" + code + "”缺少名称（name）。");
            List<SystemFile.Entry> entries = entries(map.get("entries"), code);
            List<SystemFile.Node> children = categories(map.get("categories"), code, line(item));
            result.add(new SystemFile.Node(code, name, entries, children, line(item)));
        }
        return result;
    }

    private List<SystemFile.Entry> entries(Node node, String category) {
        List<SystemFile.Entry> result = new ArrayList<>();
        int position = 0;
        for (Node item : sequence(node, "entries")) {
            position++;
            Map<String, Node> map = mapping(item, ENTRY_KEYS, "标准项");
            String standard = optionalText(map.get("standard"), "standard");
            String planned = optionalText(map.get("planned"), "planned");
            if ((standard == null) == (planned == null)) {
                throw new SystemFileException("类目“" + category + "”的第 " + position
                        + " 项应二者取一：已发布标准的编号（standard）或待制定标准的名称（planned）。", line(item));
            }
            String code = optionalText(map.get("code"), "code");
            code = code == null ? category + "-" + String.format("%02d", position) : code;
            if (!ENTRY_CODE.matcher(code).matches()) {
                throw new SystemFileException("标准项体系编号“" + code + "”格式不正确。", line(item));
            }
            claimCode(code, line(item));
            if (standard != null) {
                if (!DESIGNATION.matcher(standard).matches()) {
                    throw new SystemFileException("标准编号“" + standard + "”格式不正确：应写代号和顺序号，不含年份，如 WH/T 201。",
                            line(map.get("standard")));
                }
                Integer first = standards.putIfAbsent(standard, line(item));
                if (first != null) {
                    throw new SystemFileException("标准 " + standard + " 重复列出（第一次在第 " + first + " 行）。", line(item));
                }
            }
            result.add(new SystemFile.Entry(code, standard, planned, optionalText(map.get("number"), "number"),
                    optionalText(map.get("note"), "note"), line(item)));
        }
        return result;
    }

    private void claimCode(String code, int line) {
        Integer first = codes.putIfAbsent(code, line);
        if (first != null) {
            throw new SystemFileException("体系编号“" + code + "”重复（第一次在第 " + first + " 行）。", line);
        }
    }

    private static Map<String, Node> mapping(Node node, Set<String> known, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw new SystemFileException(what + "应为“键: 值”的映射。", line(node));
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !known.contains(key)) {
                throw new SystemFileException(what + "中有未知的键“" + key + "”（可用：" + String.join("、", known.stream().sorted().toList())
                        + "）。", line(tuple.getKeyNode()));
            }
            if (map.put(key, tuple.getValueNode()) != null) {
                throw new SystemFileException(what + "中的键“" + key + "”重复。", line(tuple.getKeyNode()));
            }
        }
        return map;
    }

    private static List<Node> sequence(Node node, String key) {
        if (node == null || node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw new SystemFileException("“" + key + "”应为列表（每项以“- ”开头）。", line(node));
        }
        return sequence.getValue();
    }

    private static String optionalText(Node node, String key) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new SystemFileException("“" + key + "”应为文字。", line(node));
        }
        String value = scalar.getValue().strip();
        if (value.length() > 500) {
            throw new SystemFileException("“" + key + "”过长（最多 500 个字符）。", line(node));
        }
        return value.isEmpty() ? null : value;
    }

    private static String requiredText(Node node, String key, Node owner, String missing) {
        String value = optionalText(node, key);
        if (value == null) {
            throw new SystemFileException(missing, line(node == null ? owner : node));
        }
        return value;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }
}
