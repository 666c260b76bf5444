package cn.guifanku.people;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Pages show people by name and library (张明（国家图书馆）), not by user name: every page's model gets
 * {@code names}, and templates write {@code ${names.of(e.actor())}}.
 */
@ControllerAdvice
class PersonNames {

    private final org.springframework.beans.factory.ObjectProvider<People> people;

    PersonNames(org.springframework.beans.factory.ObjectProvider<People> people) {
        this.people = people;
    }

    @ModelAttribute("names")
    Names names() {
        return new Names(people.getIfAvailable(), new ConcurrentHashMap<>());
    }

    /** Names looked up once per page. */
    public record Names(People people, Map<String, String> cache) {

        public String of(String username) {
            if (username == null) {
                return "";
            }
            if (people == null) { // a page slice without the people feature: user names will do
                return username;
            }
            String name = cache.computeIfAbsent(username, people::nameOf);
            return name == null ? username : name;
        }
    }
}
