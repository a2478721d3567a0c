package org.closureassurance.desktop.gui.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.form.SectionSpec;
import org.junit.jupiter.api.Test;

class GuideTest {
    private final String guide = GuideDialog.html();

    @Test
    void explainsEveryEditorPage() {
        for (SectionSpec page : ScenarioSchema.pages()) {
            assertTrue(guide.contains("<b>" + page.title() + "</b>"), "the guide does not explain " + page.title());
        }
    }

    @Test
    void explainsEveryTabAndHowToReadTheAnswer() {
        for (String tab : new String[] {MainWindow.SCENARIO_TAB, MainWindow.RESULTS_TAB, MainWindow.COMPARE_TAB,
            "Answer", "Liability", "Coverage over time", "Bond sizing", "Statistics", "Sensitivity ranking"}) {
            assertTrue(guide.contains(tab), "the guide does not mention " + tab);
        }
        assertTrue(guide.contains("Reading the answer"));
    }
}
