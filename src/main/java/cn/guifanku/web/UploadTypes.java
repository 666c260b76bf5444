package cn.guifanku.web;

import org.springframework.http.MediaType;

/** Bodies that are uploads, held to the upload limit ({@code security.UploadLimit}) rather than the body limit. */
public final class UploadTypes {

    /** A Word document sent as the body of an API call (the import from Word). */
    public static final MediaType WORD =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private UploadTypes() {
    }

    /** Whether a request's Content-Type is an upload: multipart, or a Word document. */
    public static boolean isUpload(MediaType type) {
        return "multipart".equals(type.getType()) || WORD.equalsTypeAndSubtype(type);
    }
}
