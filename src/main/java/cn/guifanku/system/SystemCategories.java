package cn.guifanku.system;

import cn.guifanku.notification.CategoryOfStandard;
import cn.guifanku.search.StandardCategories;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives other features the 体系表 category of a standard: notifications by code (a library following category 4
 * hears of the standards in 4 and 4.1), search by top-level category, shown as "4 读者服务".
 */
@Configuration(proxyBeanMethods = false)
class SystemCategories {

    @Bean
    CategoryOfStandard categoryCodes(StandardsSystem system) {
        return new CategoryOfStandard() {
            @Override
            public Optional<String> categoryOf(String slug) {
                return system.categoryOf(slug).map(Category::code);
            }

            @Override
            public Optional<String> categoryOfEntry(String entryCode) {
                return system.categoryOfEntry(entryCode).map(Category::code);
            }

            @Override
            public java.util.Map<String, String> names() {
                java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
                system.categories().forEach(c -> names.put(c.code(), c.name()));
                return names;
            }
        };
    }

    @Bean
    StandardCategories searchCategories(StandardsSystem system) {
        return new StandardCategories() {
            @Override
            public Optional<String> categoryOf(String slug) {
                return system.categoryOf(slug).map(Category::code)
                        .flatMap(code -> topLevel(system, code.contains(".") ? code.substring(0, code.indexOf('.')) : code));
            }

            @Override
            public List<String> all() {
                return system.categories().stream().filter(c -> !c.code().contains(".")).map(SystemCategories::label)
                        .toList();
            }
        };
    }

    private static Optional<String> topLevel(StandardsSystem system, String code) {
        return system.categories().stream().filter(c -> c.code().equals(code)).findFirst().map(SystemCategories::label);
    }

    private static String label(Category category) {
        return category.code() + " " + category.name();
    }
}
