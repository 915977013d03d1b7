package vn.thidua.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of evidence file a unit may attach to its submission.
 *
 * <p>The type is decided from the file's content, never from its name or the browser's content type, both of
 * which the uploader controls: an executable or an HTML page renamed {@code .pdf} must not be stored and later
 * served as a PDF. The name's extension must then agree with the content, so that what the user sees in the
 * list is what they get when they open it.
 */
public enum EvidenceType {

    PDF("PDF", "application/pdf", "pdf"),
    PNG("PNG", "image/png", "png"),
    JPEG("JPEG", "image/jpeg", "jpg", "jpeg"),
    GIF("GIF", "image/gif", "gif"),
    WEBP("WebP", "image/webp", "webp"),
    DOC("Word", "application/msword", "doc"),
    DOCX("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("Excel", "application/vnd.ms-excel", "xls"),
    XLSX("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** Bytes read from the start of a file to recognise it; more than any signature needs. */
    private static final int HEADER_LENGTH = 64;

    private final String label;
    private final String mimeType;
    private final List<String> extensions;

    EvidenceType(String label, String mimeType, String... extensions) {
        this.label = label;
        this.mimeType = mimeType;
        this.extensions = List.of(extensions);
    }

    /** A short name for users: PDF, PNG, JPEG, GIF, WebP, Word, Excel. */
    public String label() {
        return label;
    }

    /** The content type to send when the file is downloaded. */
    public String mimeType() {
        return mimeType;
    }

    /** The file name extensions allowed for this type, lower case, without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
    }

    /** The extension given to stored files of this type, e.g. {@code jpg}. */
    public String defaultExtension() {
        return extensions.get(0);
    }

    /** Every allowed extension with its dot, comma separated, for the {@code accept} attribute of a file input. */
    public static String acceptAttribute() {
        return Arrays.stream(values())
                .flatMap(t -> t.extensions.stream())
                .map(e -> "." + e)
                .distinct()
                .collect(Collectors.joining(","));
    }

    /**
     * Decides the type of a file already written to disk from its content, then checks that the original file
     * name's extension agrees (case-insensitive). Only the first bytes are read, and for Office files only the
     * directory of the container, so large files are not loaded into memory.
     *
     * @param file the uploaded content
     * @param originalFileName the name the user gave, used for the extension check and in messages
     * @throws EvidenceRefusedException {@code evidence.error.empty}, {@code evidence.error.type} or
     *         {@code evidence.error.extension}
     * @throws IOException if the file cannot be read
     */
    public static EvidenceType detect(Path file, String originalFileName) throws IOException {
        String name = originalFileName == null ? "" : originalFileName;
        if (Files.size(file) == 0) {
            throw new EvidenceRefusedException(EvidenceRefusedException.EMPTY, name);
        }
        EvidenceType type = fromContent(file);
        if (type == null) {
            throw new EvidenceRefusedException(EvidenceRefusedException.TYPE, name);
        }
        if (!type.extensions.contains(extensionOf(name))) {
            throw new EvidenceRefusedException(EvidenceRefusedException.EXTENSION, name, type.label);
        }
        return type;
    }

    /** The lower-case extension of a file name without the dot, or "" when it has none. */
    static String extensionOf(String fileName) {
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type of the content, or null when it is none of the allowed ones. */
    private static EvidenceType fromContent(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_LENGTH);
        }
        switch (FileMagic.valueOf(header)) {
            case PDF:
                return PDF;
            case PNG:
                return PNG;
            case JPEG:
                return JPEG;
            case GIF:
                return GIF;
            case OOXML:
                return fromOoxml(file);
            case OLE2:
                return fromOle2(file);
            default:
                break;
        }
        // signatures FileMagic does not know, or knows only in some variants
        if (startsWith(header, 0, "RIFF") && startsWith(header, 8, "WEBP")) {
            return WEBP;
        }
        if (header.length >= 3 && (header[0] & 0xFF) == 0xFF && (header[1] & 0xFF) == 0xD8
                && (header[2] & 0xFF) == 0xFF) {
            return JPEG; // start of image followed by any marker (ICC profile, Adobe...), not only JFIF or Exif
        }
        return null;
    }

    /**
     * A zip: a Word or Excel document by its main part. Other zips (plain archives, PowerPoint, OpenDocument)
     * are refused, and so are documents with macros ({@code vbaProject.bin}), which a .docx or .xlsx cannot hold.
     */
    private static EvidenceType fromOoxml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean word = zip.getEntry("word/document.xml") != null;
            boolean excel = zip.getEntry("xl/workbook.xml") != null;
            if (zip.getEntry("word/vbaProject.bin") != null || zip.getEntry("xl/vbaProject.bin") != null) {
                return null;
            }
            if (word && !excel) {
                return DOCX;
            }
            if (excel && !word) {
                return XLSX;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged zip is not an acceptable document
        }
    }

    /**
     * An OLE2 compound file: Word 97-2003 has a "WordDocument" stream, Excel 97-2003 a "Workbook" (or "Book" for
     * Excel 5). Others (PowerPoint, Outlook messages, password-protected OOXML) are refused. Opened read-only
     * from the file, so only the directory is read.
     */
    private static EvidenceType fromOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            boolean word = false;
            boolean excel = false;
            for (String entry : fs.getRoot().getEntryNames()) {
                word |= entry.equals("WordDocument");
                excel |= entry.equalsIgnoreCase("Workbook") || entry.equalsIgnoreCase("Book");
            }
            if (word && !excel) {
                return DOC;
            }
            if (excel && !word) {
                return XLS;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged compound file is not an acceptable document
        }
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        if (data.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (data[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
