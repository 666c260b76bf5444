package cn.guifanku.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Builds the tree of a commit whose only change is one folder's content. Only the trees on the folder's path are read
 * and rewritten; every other entry is copied by its id, so a commit costs the same with ten standards or ten thousand.
 */
final class FolderTree {

    private FolderTree() {
    }

    static ObjectId write(ObjectInserter inserter, RevCommit parent, String folder, Map<String, byte[]> files)
            throws IOException {
        ObjectId content = files.isEmpty() ? null : folderTree(inserter, files);
        try (ObjectReader reader = inserter.newReader()) {
            ObjectId root = replace(reader, inserter, parent == null ? null : parent.getTree(), folder.split("/"), 0,
                    content);
            return root != null ? root : inserter.insert(new TreeFormatter());
        }
    }

    private static ObjectId folderTree(ObjectInserter inserter, Map<String, byte[]> files) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(org.eclipse.jgit.lib.Constants.OBJ_BLOB, file.getValue()));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    /** The tree {@code tree} with {@code path[depth..]} set to {@code content} (removed when null); null when empty. */
    private static ObjectId replace(ObjectReader reader, ObjectInserter inserter, ObjectId tree, String[] path, int depth,
                                    ObjectId content) throws IOException {
        // Git orders tree entries by name bytes, a tree's name as if it ended in '/'.
        TreeMap<byte[], Object[]> entries = new TreeMap<>(Arrays::compareUnsigned);
        if (tree != null) {
            CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, tree);
            for (; !parser.eof(); parser.next()) {
                String name = parser.getEntryPathString();
                FileMode mode = parser.getEntryFileMode();
                entries.put(key(name, mode), new Object[] {name, mode, parser.getEntryObjectId()});
            }
        }
        String name = path[depth];
        entries.remove(key(name, FileMode.REGULAR_FILE));
        Object[] existing = entries.remove(key(name, FileMode.TREE));
        ObjectId child = depth == path.length - 1 ? content
                : replace(reader, inserter, existing == null ? null : (ObjectId) existing[2], path, depth + 1, content);
        if (child != null) {
            entries.put(key(name, FileMode.TREE), new Object[] {name, FileMode.TREE, child});
        }
        if (entries.isEmpty()) {
            return null;
        }
        TreeFormatter formatter = new TreeFormatter();
        for (Object[] entry : entries.values()) {
            formatter.append((String) entry[0], (FileMode) entry[1], (ObjectId) entry[2]);
        }
        return inserter.insert(formatter);
    }

    private static byte[] key(String name, FileMode mode) {
        return (mode == FileMode.TREE ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
    }
}
