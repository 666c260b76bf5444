/**
 * Archival editions: every published PDF made PDF/A-2u and checked by veraPDF, signed (PAdES B-B) with the committee's
 * key, which also signs the edition tags (OpenPGP); what each edition was rendered and signed with; the page, API and
 * downloads with which a library verifies an edition by itself (checksums, signatures, public key, certificate, commands),
 * and the command that re-renders an edition from its tag and compares ({@code VerifyEdition}).
 */
@ApplicationModule(allowedDependencies = {"catalog", "content", "render", "web"})
package cn.guifanku.archive;

import org.springframework.modulith.ApplicationModule;
