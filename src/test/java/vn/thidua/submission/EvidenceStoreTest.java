package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.submission.EvidenceStore.StoredEvidence;

class EvidenceStoreTest {

    private static final String STORED_NAME = "\\d{4}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.";

    @TempDir
    Path dir;

    private Path root() {
        return dir.resolve("evidence");
    }

    private EvidenceStore store() {
        return new EvidenceStore(root(), 1_000_000);
    }

    private List<Path> filesUnderRoot() throws IOException {
        if (!Files.exists(root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private EvidenceRefusedException refused(EvidenceStore store, InputStream in, String name) {
        EvidenceRefusedException e = catchThrowableOfType(EvidenceRefusedException.class, () -> store.store(in, name));
        assertThat(e).as("refused: " + name).isNotNull();
        return e;
    }

    @Test
    void storesUnderAGeneratedNameWithTheChecksumAndSize() throws Exception {
        byte[] pdf = EvidenceSamples.pdf();
        StoredEvidence stored = store().store(new ByteArrayInputStream(pdf), "Báo cáo.pdf");

        LocalDate today = LocalDate.now();
        assertThat(stored.storedName())
                .matches(STORED_NAME + "pdf")
                .startsWith(String.format("%04d/%02d/", today.getYear(), today.getMonthValue()));
        assertThat(stored.type()).isEqualTo(EvidenceType.PDF);
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.originalFileName()).isEqualTo("Báo cáo.pdf");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(stored.sha256()).isEqualTo(expected).hasSize(64).isLowerCase();

        Path file = root().resolve(stored.storedName());
        assertThat(file).exists().hasBinaryContent(pdf);
        assertThat(filesUnderRoot()).containsExactly(file);
        try (InputStream in = store().open(stored.storedName())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void storesEachKindUnderItsUsualExtension() throws IOException {
        EvidenceStore store = store();
        assertThat(store.store(new ByteArrayInputStream(EvidenceSamples.jpeg()), "anh.JPEG").storedName())
                .matches(STORED_NAME + "jpg");
        assertThat(store.store(new ByteArrayInputStream(EvidenceSamples.docx()), "van-ban.docx").storedName())
                .matches(STORED_NAME + "docx");
        assertThat(store.store(new ByteArrayInputStream(EvidenceSamples.xls()), "so-lieu.xls").type())
                .isEqualTo(EvidenceType.XLS);
        assertThat(filesUnderRoot()).hasSize(3);
    }

    @Test
    void twoUploadsOfTheSameNameDoNotCollide() throws IOException {
        EvidenceStore store = store();
        StoredEvidence first = store.store(new ByteArrayInputStream(EvidenceSamples.pdf()), "a.pdf");
        StoredEvidence second = store.store(new ByteArrayInputStream(EvidenceSamples.pdf()), "a.pdf");
        assertThat(first.storedName()).isNotEqualTo(second.storedName());
        assertThat(first.sha256()).isEqualTo(second.sha256());
        assertThat(filesUnderRoot()).hasSize(2);
    }

    @Test
    void refusesAFileOverTheLimitWithoutReadingItAll() throws IOException {
        EvidenceStore store = new EvidenceStore(root(), 1000);
        byte[] big = Arrays.copyOf(EvidenceSamples.pdf(), 5_000_000);
        ByteArrayInputStream in = new ByteArrayInputStream(big);

        EvidenceRefusedException e = refused(store, in, "lon.pdf");

        assertThat(e.key()).isEqualTo("evidence.error.size");
        assertThat(e.args()).containsExactly("lon.pdf", 1L);
        assertThat(big.length - in.available()).as("bytes read").isEqualTo(1001);
        assertThat(filesUnderRoot()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimitAndRefusesOneByteMore() throws IOException {
        EvidenceStore store = new EvidenceStore(root(), 1000);
        byte[] pdf = Arrays.copyOf(EvidenceSamples.pdf(), 1000);
        assertThat(store.store(new ByteArrayInputStream(pdf), "vua.pdf").sizeBytes()).isEqualTo(1000);

        byte[] over = Arrays.copyOf(EvidenceSamples.pdf(), 1001);
        assertThat(refused(store, new ByteArrayInputStream(over), "thua.pdf").key()).isEqualTo("evidence.error.size");
        assertThat(filesUnderRoot()).hasSize(1);
    }

    @Test
    void showsTheLimitInWholeMegabytes() {
        assertThat(new EvidenceStore(root(), 20L * 1024 * 1024).limitInMb()).isEqualTo(20);
        assertThat(new EvidenceStore(root(), 1000).limitInMb()).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyFileAndLeavesNothing() throws IOException {
        EvidenceRefusedException e = refused(store(), new ByteArrayInputStream(new byte[0]), "rong.pdf");
        assertThat(e.key()).isEqualTo("evidence.error.empty");
        assertThat(filesUnderRoot()).isEmpty();
    }

    @Test
    void refusesForbiddenContentAndLeavesNothing() throws IOException {
        byte[] text = "not a pdf".getBytes(StandardCharsets.UTF_8);
        assertThat(refused(store(), new ByteArrayInputStream(text), "bao-cao.pdf").key())
                .isEqualTo("evidence.error.type");
        assertThat(refused(store(), new ByteArrayInputStream(EvidenceSamples.pdf()), "bao-cao.docx").key())
                .isEqualTo("evidence.error.extension");
        assertThat(filesUnderRoot()).isEmpty();
    }

    @Test
    void refusesABlankName() {
        EvidenceRefusedException e = refused(store(), new ByteArrayInputStream(EvidenceSamples.pdf()), " C:\\docs\\ ");
        assertThat(e.key()).isEqualTo("evidence.error.type");
        assertThat(refused(store(), new ByteArrayInputStream(EvidenceSamples.pdf()), null).key())
                .isEqualTo("evidence.error.type");
    }

    @Test
    void keepsOnlyTheCleanedOriginalName() throws IOException {
        StoredEvidence stored = store().store(new ByteArrayInputStream(EvidenceSamples.pdf()),
                "C:\\fakepath\\Báo cáo.pdf");
        assertThat(stored.originalFileName()).isEqualTo("Báo cáo.pdf");

        assertThat(EvidenceStore.sanitizeFileName("/home/user/../x/Quyết định.pdf")).isEqualTo("Quyết định.pdf");
        assertThat(EvidenceStore.sanitizeFileName("  bao\tcao\u0000\n.pdf  ")).isEqualTo("baocao.pdf");
        // right-to-left override used to disguise "anhfdp.exe" as "anhexe.pdf"
        assertThat(EvidenceStore.sanitizeFileName("anh\u202Efdp.exe")).isEqualTo("anhfdp.exe");
        // decomposed letters (as macOS sends them) become the usual composed ones
        assertThat(EvidenceStore.sanitizeFileName("Ba\u0301o ca\u0301o.pdf")).isEqualTo("Báo cáo.pdf");
    }

    @Test
    void capsALongNameButKeepsItsExtension() throws IOException {
        String name = "Báo cáo ".repeat(40) + ".pdf";
        String clean = EvidenceStore.sanitizeFileName(name);
        assertThat(clean).hasSizeLessThanOrEqualTo(200).endsWith(".pdf").startsWith("Báo cáo");
        assertThat(store().store(new ByteArrayInputStream(EvidenceSamples.pdf()), name).originalFileName())
                .isEqualTo(clean);
    }

    @Test
    void resolveStaysInsideTheRoot() {
        EvidenceStore store = store();
        assertThat(store.resolve("2025/07/abc.pdf")).isEqualTo(root().toAbsolutePath().resolve("2025/07/abc.pdf"));

        for (String bad : List.of("../x", "2025/../../x", "/etc/passwd", root().resolve("x.pdf").toString(),
                "..\\x", "C:\\x.pdf", "", " ")) {
            assertThatThrownBy(() -> store.resolve(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.resolve(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteRemovesTheFileAndIgnoresAMissingOne() throws IOException {
        EvidenceStore store = store();
        StoredEvidence stored = store.store(new ByteArrayInputStream(EvidenceSamples.png()), "anh.png");
        assertThat(store.resolve(stored.storedName())).exists();

        store.delete(stored.storedName());
        assertThat(store.resolve(stored.storedName())).doesNotExist();
        store.delete(stored.storedName());
        assertThat(filesUnderRoot()).isEmpty();
        assertThatThrownBy(() -> store.delete("../evidence.pdf")).isInstanceOf(IllegalArgumentException.class);
    }
}
