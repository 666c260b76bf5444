package cn.guifanku.web;

import java.time.ZoneId;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Makes {@code #temporals} in every template write moments (Instant) in the configured zone: Thymeleaf's own object
 * uses the JVM's default zone. Thymeleaf asks the dialects added last first, so this one answers for
 * {@code temporals} (Spring Boot adds every dialect bean after the standard one).
 */
class ZonedTemporalsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final ZoneId zone;

    ZonedTemporalsDialect(ZoneId zone) {
        super("guifanku-zoned-temporals");
        this.zone = zone;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("temporals");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return "temporals".equals(expressionObjectName) ? new Temporals(context.getLocale(), zone) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
