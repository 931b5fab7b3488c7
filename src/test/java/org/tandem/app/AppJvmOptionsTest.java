package org.tandem.app;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's JVM options (the pom's {@code app.jvm.*}) reach every way the app is started and measured: {@code mvn
 * javafx:run}, the installers (from the pom, and the script's own fallback), and the benchmark suite's walks. An option
 * added to one and not the others would measure one app and ship another.
 */
class AppJvmOptionsTest {
    private static final Path POM = Path.of("pom.xml");

    @Test
    void everyWayOfStartingTheAppGetsEveryOptionOfThePomInOrder() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(POM.toFile());
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        NodeList properties = ((Element) pom.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < properties.getLength(); i++) {
            Node property = properties.item(i);
            if (property instanceof Element e && e.getTagName().startsWith("app.jvm.")) {
                names.add(e.getTagName());
                values.add(e.getTextContent().strip());
            }
        }
        assertThat(values).contains("-XX:+UseSerialGC", "-XX:FreqInlineSize=100", "-XX:MaxRecursiveInlineLevel=0");

        String text = Files.readString(POM);
        String references = String.join(" ", names.stream().map(n -> "${" + n + "}").toList());
        assertThat(text).as("the installers' and the suite's option lists").contains(
                "<TANDEM_JVM_OPTIONS>" + references + "</TANDEM_JVM_OPTIONS>", "-Dsuite.jvm=" + references + "</argument>");
        String javafxRun = String.join("\n", names.stream().map(n -> "<option>${" + n + "}</option>").toList());
        assertThat(text.replaceAll("\\n\\s*", "\n")).as("mvn javafx:run's options").contains(javafxRun);

        Matcher fallback = Pattern.compile("JVM_OPTIONS=\\$\\{TANDEM_JVM_OPTIONS:-\"([^\"]*)\"}")
                .matcher(Files.readString(Path.of("packaging", "installers.sh")));
        assertThat(fallback.find()).as("installers.sh's own options").isTrue();
        assertThat(fallback.group(1)).isEqualTo(String.join(" ", values));
    }

    /** The .deb's menu entry holds the C library to two memory pools, which only the environment can do. */
    @Test
    void theLinuxMenuEntryStartsTheAppWithTwoMemoryPools() throws Exception {
        List<String> entry = Files.readAllLines(Path.of("packaging", "linux", "Tandem.desktop"));
        assertThat(entry).contains("Exec=env MALLOC_ARENA_MAX=2 APPLICATION_LAUNCHER %f");
    }
}
