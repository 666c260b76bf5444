package cn.guifanku.people;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;

/** What Camunda's SQL would do for its identity queries, done in memory over our small lists. */
final class CamundaInMemoryQuery {

    private CamundaInMemoryQuery() {
    }

    /** A criterion left unset matches everything. */
    static boolean equal(String criterion, String value) {
        return criterion == null || criterion.equals(value);
    }

    static boolean in(String[] criterion, String value) {
        return criterion == null || List.of(criterion).contains(value);
    }

    /** SQL LIKE ({@code %} any run, {@code _} one character), ignoring case as the webapps' search boxes expect. */
    static boolean like(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("((?<=[%_])|(?=[%_]))")) {
            regex.append(switch (part) {
                case "%" -> ".*";
                case "_" -> ".";
                default -> Pattern.quote(part);
            });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    /**
     * The query's orderBy…() calls as a comparator; {@code columns} maps Camunda's column names (ID_, NAME_ …) to
     * getters. Ties, and queries without ordering, fall back to the id for a stable order.
     */
    static <T> Comparator<T> order(List<QueryOrderingProperty> ordering, Map<String, Function<T, String>> columns,
            Function<T, String> id) {
        Comparator<T> comparator = (a, b) -> 0;
        for (QueryOrderingProperty property : ordering) {
            Function<T, String> column = columns.get(property.getQueryProperty().getName());
            if (column != null) {
                Comparator<T> byColumn = Comparator.comparing(column,
                        Comparator.nullsFirst(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))));
                comparator = comparator.thenComparing(
                        Direction.DESCENDING.equals(property.getDirection()) ? byColumn.reversed() : byColumn);
            }
        }
        return comparator.thenComparing(id);
    }

    /**
     * One page of the results. Camunda passes a {@link Page} for some calls; for {@code listPage} it leaves it null
     * and sets first and max results on the query itself (defaults 0 and {@code Integer.MAX_VALUE}).
     */
    static <T> List<T> page(List<T> items, Page page, ListQueryParameterObject query) {
        int first = page != null ? page.getFirstResult() : query.getFirstResult();
        int max = page != null ? page.getMaxResults() : query.getMaxResults();
        int from = Math.min(Math.max(first, 0), items.size());
        int to = (int) Math.min((long) from + Math.max(max, 0), items.size());
        return items.subList(from, to);
    }
}
