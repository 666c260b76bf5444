/**
 * People: accounts, roles and committees in our own tables, used by Spring Security for sign-in and by Camunda as
 * its (read-only) identity provider. {@link cn.guifanku.people.People} is what other features use.
 */
@ApplicationModule(allowedDependencies = {"security"})
package cn.guifanku.people;

import org.springframework.modulith.ApplicationModule;
