/** Security: sign-in, who may reach which URL, the headers every response carries; who is acting ({@link cn.guifanku.security.Actor}) with which {@link cn.guifanku.security.Role}s. */
@ApplicationModule(allowedDependencies = {"web"})
package cn.guifanku.security;

import org.springframework.modulith.ApplicationModule;
