package cn.guifanku.wordimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The Word file as kept beside a proposal, without who wrote it: the core properties' creator and last editor, the
 * extended properties' company and manager, the comments' authors and initials, and Word's list of people
 * ({@code word/people.xml}) are removed. Only for a file {@link WordImport} accepted.
 */
public final class AuthorStripping {

    private static final String PEOPLE = "http://schemas.microsoft.com/office/2011/relationships/people";

    private AuthorStripping() {
    }

    public static byte[] strip(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = doc.getProperties().getCoreProperties();
            core.setCreator("");
            core.setLastModifiedByUser("");
            var extended = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
            if (extended.isSetCompany()) {
                extended.unsetCompany();
            }
            if (extended.isSetManager()) {
                extended.unsetManager();
            }
            if (doc.getDocComments() != null) {
                for (XWPFComment comment : doc.getDocComments().getComments()) {
                    comment.setAuthor("");
                    comment.setInitials("");
                }
            }
            PackagePart main = doc.getPackagePart();
            List<PackageRelationship> people = new ArrayList<>();
            main.getRelationshipsByType(PEOPLE).forEach(people::add);
            for (PackageRelationship r : people) {
                main.removeRelationship(r.getId());
                doc.getPackage().removePart(PackagingURIHelper.createPartName(
                        PackagingURIHelper.resolvePartUri(main.getPartName().getURI(), r.getTargetURI())));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw new WordImportRefused(Refusal.UNREADABLE, e);
        }
    }
}
