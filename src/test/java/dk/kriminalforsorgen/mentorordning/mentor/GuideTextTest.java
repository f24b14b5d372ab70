package dk.kriminalforsorgen.mentorordning.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 17: the mentor guide's few markdown marks become blocks; HTML stays text (IN4, shown with th:text). */
class GuideTextTest {

    @Test
    void headingsParagraphsAndListsBecomeBlocks() {
        List<GuideText.Block> blocks = GuideText.blocks("""
                # Velkommen
                Første linje
                anden linje

                ## Liste
                - et
                * to
                Efter listen""");
        assertThat(blocks).extracting(GuideText.Block::kind).containsExactly(GuideText.Kind.HEADING,
                GuideText.Kind.PARAGRAPH, GuideText.Kind.HEADING, GuideText.Kind.LIST, GuideText.Kind.PARAGRAPH);
        assertThat(blocks.get(0).level()).isEqualTo(1);
        assertThat(blocks.get(1).text()).isEqualTo("Første linje\nanden linje");
        assertThat(blocks.get(2).level()).isEqualTo(2);
        assertThat(blocks.get(3).items()).containsExactly("et", "to");
        assertThat(blocks.get(4).text()).isEqualTo("Efter listen");
    }

    @Test
    void IN4_htmlIsKeptAsPlainTextForTheTemplateToEscape() {
        List<GuideText.Block> blocks = GuideText.blocks("<script>alert(1)</script>\n#Ingen overskrift");
        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).text()).isEqualTo("<script>alert(1)</script>\n#Ingen overskrift");
    }
}
