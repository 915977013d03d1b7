package vn.thidua.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keeps uploaded evidence files in a folder outside the web root.
 *
 * <p>Files are stored under a generated name ({@code yyyy/MM/<uuid>.<ext>}), never under the name the user
 * gave, so an upload can neither overwrite another file nor escape the folder, and its extension always matches
 * its checked content. The upload is written to disk while it is read (never held in memory) and reading stops
 * as soon as the size limit is passed, so an oversized or endless upload costs at most the limit.
 */
public class EvidenceStore {

    /** Longest original file name kept, in characters. */
    static final int MAX_NAME_LENGTH = 200;

    private static final long MB = 1024L * 1024L;

    private final Path root;
    private final long maxBytes;

    /**
     * @param root the folder that holds the files; created when the first file is stored
     * @param maxBytes the largest file accepted, in bytes
     */
    public EvidenceStore(Path root, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    /** A stored file: its generated name under the root, checked type, size, SHA-256 and cleaned original name. */
    public record StoredEvidence(String storedName, EvidenceType type, long sizeBytes, String sha256,
            String originalFileName) {
    }

    /**
     * Reads an upload to its end (the caller closes the stream), checks it and stores it under a new name.
     * Nothing is left on disk when it is refused.
     *
     * @throws EvidenceRefusedException {@code evidence.error.type}, {@code evidence.error.extension},
     *         {@code evidence.error.empty} or {@code evidence.error.size}
     * @throws IOException if the folder cannot be written
     */
    public StoredEvidence store(InputStream in, String originalFileName) throws IOException {
        String name = sanitizeFileName(originalFileName);
        if (name.isEmpty()) {
            throw new EvidenceRefusedException(EvidenceRefusedException.TYPE, originalFileName == null ? "" : originalFileName);
        }
        Files.createDirectories(root);
        Path temp = Files.createTempFile(root, "upload-", ".tmp");
        boolean kept = false;
        try {
            MessageDigest sha256 = sha256();
            long size = copy(in, temp, sha256);
            if (size > maxBytes) {
                throw new EvidenceRefusedException(EvidenceRefusedException.SIZE, name, limitInMb());
            }
            if (size == 0) {
                throw new EvidenceRefusedException(EvidenceRefusedException.EMPTY, name);
            }
            EvidenceType type = EvidenceType.detect(temp, name);

            LocalDate today = LocalDate.now();
            String storedName = String.format("%04d/%02d/%s.%s", today.getYear(), today.getMonthValue(),
                    UUID.randomUUID(), type.defaultExtension());
            Path target = resolve(storedName);
            Files.createDirectories(target.getParent());
            move(temp, target);
            kept = true;
            return new StoredEvidence(storedName, type, size, HexFormat.of().formatHex(sha256.digest()), name);
        } finally {
            if (!kept) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file of a stored name.
     *
     * @throws IllegalArgumentException if the name is blank, absolute, contains "..", or points outside the root
     */
    public Path resolve(String storedName) {
        if (storedName == null || storedName.isBlank() || storedName.contains("..") || storedName.contains("\\")
                || storedName.startsWith("/") || storedName.contains(":")) {
            throw new IllegalArgumentException("Not a stored evidence name: " + storedName);
        }
        Path relative = Path.of(storedName);
        Path file = root.resolve(relative).normalize();
        if (relative.isAbsolute() || !file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("Not a stored evidence name: " + storedName);
        }
        return file;
    }

    /** Opens a stored file for reading; the caller closes it. */
    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(resolve(storedName));
    }

    /** Deletes a stored file; a file already gone is not an error. */
    public void delete(String storedName) throws IOException {
        Files.deleteIfExists(resolve(storedName));
    }

    /** The size limit in whole MB (at least 1), as shown to users. */
    public long limitInMb() {
        return Math.max(1, Math.round((double) maxBytes / MB));
    }

    /**
     * The original file name as kept for display: without any folder (browsers such as old Internet Explorer
     * send "C:\fakepath\x.pdf"), without control or invisible formatting characters (a right-to-left override
     * can disguise "xfdp.exe" as "exe.pdf"), in Unicode NFC (macOS sends decomposed Vietnamese letters), trimmed
     * and at most 200 characters, keeping the extension. Returns "" when nothing is left.
     */
    public static String sanitizeFileName(String originalFileName) {
        if (originalFileName == null) {
            return "";
        }
        String name = originalFileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        name = Normalizer.normalize(clean, Normalizer.Form.NFC).strip();
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot >= 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = cut(name.substring(0, name.length() - extension.length()), MAX_NAME_LENGTH - extension.length())
                    .strip() + extension;
        }
        return name;
    }

    /** The first {@code length} characters, without splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    /** Copies at most maxBytes + 1 bytes into the file, updating the digest; returns the number of bytes copied. */
    private long copy(InputStream in, Path file, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (total <= maxBytes) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - total));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                total += n;
            }
        }
        return total;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
