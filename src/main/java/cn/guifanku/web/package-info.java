/** Web: what all pages share (language, layout, error pages, Problem Details for the API). */
@ApplicationModule(allowedDependencies = {})
package cn.guifanku.web;

import org.springframework.modulith.ApplicationModule;
