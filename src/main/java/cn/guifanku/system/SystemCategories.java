package cn.guifanku.system;

import cn.guifanku.notification.CategoryOfStandard;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives the notifications the 体系表 category of a standard, so a library following a category hears of its standards. */
@Component
class SystemCategories implements CategoryOfStandard {

    private final StandardsSystem system;

    SystemCategories(StandardsSystem system) {
        this.system = system;
    }

    @Override
    public Optional<String> categoryOf(String slug) {
        return system.categoryOf(slug).map(Category::code);
    }
}
