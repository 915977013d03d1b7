package vn.thidua.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceTypeTest {

    @TempDir
    Path dir;

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload-", ".tmp"), content);
    }

    private EvidenceType detect(byte[] content, String name) throws IOException {
        return EvidenceType.detect(write(content), name);
    }

    private EvidenceRefusedException refused(byte[] content, String name) throws IOException {
        Path file = write(content);
        EvidenceRefusedException e = catchThrowableOfType(EvidenceRefusedException.class,
                () -> EvidenceType.detect(file, name));
        assertThat(e).as("refused: " + name).isNotNull();
        return e;
    }

    @Test
    void recognisesEachAllowedTypeFromItsContent() throws IOException {
        assertThat(detect(EvidenceSamples.pdf(), "Báo cáo.pdf")).isEqualTo(EvidenceType.PDF);
        assertThat(detect(EvidenceSamples.png(), "anh.png")).isEqualTo(EvidenceType.PNG);
        assertThat(detect(EvidenceSamples.jpeg(), "anh.jpg")).isEqualTo(EvidenceType.JPEG);
        assertThat(detect(EvidenceSamples.jpeg(), "anh.jpeg")).isEqualTo(EvidenceType.JPEG);
        assertThat(detect(EvidenceSamples.gif(), "anh.gif")).isEqualTo(EvidenceType.GIF);
        assertThat(detect(EvidenceSamples.webpHeader(), "anh.webp")).isEqualTo(EvidenceType.WEBP);
        assertThat(detect(EvidenceSamples.docx(), "van-ban.docx")).isEqualTo(EvidenceType.DOCX);
        assertThat(detect(EvidenceSamples.doc(), "van-ban.doc")).isEqualTo(EvidenceType.DOC);
        assertThat(detect(EvidenceSamples.xlsx(), "so-lieu.xlsx")).isEqualTo(EvidenceType.XLSX);
        assertThat(detect(EvidenceSamples.xls(), "so-lieu.xls")).isEqualTo(EvidenceType.XLS);
    }

    @Test
    void acceptsAJpegWithoutJfifOrExifHeader() throws IOException {
        // start of image then an ICC profile segment (APP2), as some cameras and editors write
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE2, 0, 16, 'I', 'C', 'C', '_'};
        assertThat(detect(jpeg, "anh.JPG")).isEqualTo(EvidenceType.JPEG);
    }

    @Test
    void extensionIsCaseInsensitiveAndMayFollowAPath() throws IOException {
        assertThat(detect(EvidenceSamples.docx(), "VAN BAN.DOCX")).isEqualTo(EvidenceType.DOCX);
        assertThat(detect(EvidenceSamples.pdf(), "C:\\fakepath\\Báo cáo.Pdf")).isEqualTo(EvidenceType.PDF);
    }

    @Test
    void refusesANameThatDoesNotMatchTheContent() throws IOException {
        EvidenceRefusedException e = refused(EvidenceSamples.pdf(), "quyet-dinh.docx");
        assertThat(e.key()).isEqualTo("evidence.error.extension");
        assertThat(e.args()).containsExactly("quyet-dinh.docx", "PDF");

        e = refused(EvidenceSamples.xlsx(), "so-lieu.xls");
        assertThat(e.key()).isEqualTo("evidence.error.extension");
        assertThat(e.args()).containsExactly("so-lieu.xls", "Excel");

        assertThat(refused(EvidenceSamples.png(), "anh.jpg").args()).containsExactly("anh.jpg", "PNG");
    }

    @Test
    void refusesANameWithoutExtension() throws IOException {
        assertThat(refused(EvidenceSamples.pdf(), "bao-cao").key()).isEqualTo("evidence.error.extension");
        assertThat(refused(EvidenceSamples.pdf(), "bao-cao.").key()).isEqualTo("evidence.error.extension");
    }

    @Test
    void refusesTextRenamedPdf() throws IOException {
        EvidenceRefusedException e = refused("Just some text\n".getBytes(StandardCharsets.UTF_8), "bao-cao.pdf");
        assertThat(e.key()).isEqualTo("evidence.error.type");
        assertThat(e.args()).containsExactly("bao-cao.pdf");
    }

    @Test
    void refusesHtmlAndExecutables() throws IOException {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refused(html, "trang.pdf").key()).isEqualTo("evidence.error.type");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
        assertThat(refused(exe, "setup.docx").key()).isEqualTo("evidence.error.type");
    }

    @Test
    void refusesZipsThatAreNeitherWordNorExcel() throws IOException {
        byte[] plainZip = EvidenceSamples.zip("readme.txt", "data/x.csv");
        assertThat(refused(plainZip, "ho-so.docx").key()).isEqualTo("evidence.error.type");

        byte[] pptx = EvidenceSamples.zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml");
        assertThat(refused(pptx, "trinh-chieu.pptx").key()).isEqualTo("evidence.error.type");
        assertThat(refused(pptx, "trinh-chieu.docx").key()).isEqualTo("evidence.error.type");
    }

    @Test
    void refusesMacroEnabledDocumentsNamedLikePlainOnes() throws IOException {
        byte[] docm = EvidenceSamples.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin");
        assertThat(refused(docm, "van-ban.docx").key()).isEqualTo("evidence.error.type");
    }

    @Test
    void refusesOle2FilesThatAreNeitherWordNorExcel() throws IOException {
        byte[] other = EvidenceSamples.ole2("PowerPoint Document");
        assertThat(refused(other, "trinh-chieu.doc").key()).isEqualTo("evidence.error.type");
    }

    @Test
    void refusesDamagedContainers() throws IOException {
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(refused(brokenZip, "van-ban.docx").key()).isEqualTo("evidence.error.type");
        byte[] brokenOle2 = java.util.Arrays.copyOf(EvidenceSamples.xls(), 600);
        assertThat(refused(brokenOle2, "so-lieu.xls").key()).isEqualTo("evidence.error.type");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        EvidenceRefusedException e = refused(new byte[0], "rong.pdf");
        assertThat(e.key()).isEqualTo("evidence.error.empty");
        assertThat(e.args()).containsExactly("rong.pdf");
    }

    @Test
    void describesEachType() {
        assertThat(EvidenceType.DOCX.mimeType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceType.PDF.mimeType()).isEqualTo("application/pdf");
        assertThat(EvidenceType.JPEG.extensions()).containsExactly("jpg", "jpeg");
        assertThat(EvidenceType.XLS.label()).isEqualTo("Excel");
        assertThat(EvidenceType.DOC.label()).isEqualTo("Word");
        assertThat(EvidenceType.acceptAttribute())
                .isEqualTo(".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx");
    }
}
