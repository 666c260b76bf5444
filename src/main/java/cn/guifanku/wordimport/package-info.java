/**
 * Import from Word: a .docx (an existing standard, often written with the 标准编写 templates) becomes a draft's
 * {@code standard.adoc} in our template's conventions, with its figures beside it and an import report of what could
 * not be mapped ({@link cn.guifanku.wordimport.WordImport}). The converter itself is plain Java over Apache POI, with
 * no Spring and no database: the package is checked and bounded before POI opens it (zip bombs, macros, .doc), and a
 * document with tracked changes is refused. The kept original is stripped of its authors
 * ({@link cn.guifanku.wordimport.AuthorStripping}).
 */
@ApplicationModule(allowedDependencies = {"render"})
package cn.guifanku.wordimport;

import org.springframework.modulith.ApplicationModule;
