package cn.guifanku.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * What the application and a render worker ({@link RenderWorkerMain}) say to each other over the worker's standard
 * input and output: frames of a four-byte length and JSON. The application sends {@link Type#RENDER}; the worker asks
 * for each file it reads ({@link Type#READ}, answered with {@link Type#FILE}; a figure's image {@link Type#READ_BYTES},
 * answered with {@link Type#BYTES}, base64 in the JSON: the files stay in Git, on the application's side) and ends with {@link Type#DONE} or {@link Type#FAILED} (the document's problems, with lines).
 */
final class WorkerProtocol {

    enum Type { READY, RENDER, READ, FILE, READ_BYTES, BYTES, DONE, FAILED, CRASHED }

    /** Which of {@link StandardRenderer}'s methods to run. */
    enum Kind {
        METADATA, STANDARD, DRAFT, HTML, DRAFT_HTML, DOCUMENT;

        /** Whether the render makes a PDF (seconds, where HTML takes a fraction of a second). */
        boolean full() {
            return this == STANDARD || this == DRAFT || this == DOCUMENT;
        }
    }

    record Request(Kind kind, String label, String mainFile, DraftStage stage, LocalDate date) {
    }

    record Result(StandardMetadata metadata, byte[] html, byte[] pdf, String title, List<RenderProblem> warnings) {
    }

    /** One message; only the members of its type are set. */
    record Frame(Type type, Request request, String path, String text, Result result, List<RenderProblem> problems,
                 String error, byte[] data) {

        static Frame ready() {
            return new Frame(Type.READY, null, null, null, null, null, null, null);
        }

        static Frame render(Request request) {
            return new Frame(Type.RENDER, request, null, null, null, null, null, null);
        }

        static Frame read(String path) {
            return new Frame(Type.READ, null, path, null, null, null, null, null);
        }

        /** @param text the file's text, or null when there is no such file */
        static Frame file(String path, String text) {
            return new Frame(Type.FILE, null, path, text, null, null, null, null);
        }

        static Frame readBytes(String path) {
            return new Frame(Type.READ_BYTES, null, path, null, null, null, null, null);
        }

        /** @param data the file's bytes, or null when there is no such file */
        static Frame bytes(String path, byte[] data) {
            return new Frame(Type.BYTES, null, path, null, null, null, null, data);
        }

        static Frame done(Result result) {
            return new Frame(Type.DONE, null, null, null, result, null, null, null);
        }

        static Frame failed(List<RenderProblem> problems) {
            return new Frame(Type.FAILED, null, null, null, null, problems, null, null);
        }

        static Frame crashed(String error) {
            return new Frame(Type.CRASHED, null, null, null, null, null, error, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final int maxFrame;

    /** @param maxFrame the largest frame either side accepts (bytes): room for the largest output allowed */
    WorkerProtocol(long maxFrame) {
        this.maxFrame = (int) Math.min(Integer.MAX_VALUE - 64, maxFrame);
    }

    void write(DataOutputStream out, Frame frame) throws IOException {
        byte[] json = JSON.writeValueAsBytes(frame);
        if (json.length > maxFrame) {
            throw new IOException("frame of " + json.length + " bytes is over " + maxFrame);
        }
        out.writeInt(json.length);
        out.write(json);
        out.flush();
    }

    /** @throws EOFException when the other side has gone */
    Frame read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > maxFrame) {
            throw new IOException("frame of " + length + " bytes is over " + maxFrame);
        }
        byte[] json = new byte[length];
        in.readFully(json);
        return JSON.readValue(json, Frame.class);
    }
}
