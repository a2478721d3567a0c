package org.closureassurance.desktop.gui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicHTML;
import org.closureassurance.charts.ChartSet;
import org.closureassurance.desktop.gui.form.ElementForm;
import org.closureassurance.desktop.gui.form.NumberText;
import org.closureassurance.desktop.gui.form.ScenarioSchema;
import org.closureassurance.desktop.gui.run.CompletedRun;
import org.closureassurance.scenarios.bundled.BundledScenarios;
import org.closureassurance.simulator.engine.MonteCarloEngine;
import org.closureassurance.simulator.engine.ProgressListener;
import org.closureassurance.simulator.model.Scenario;
import org.closureassurance.simulator.results.SimulationResults;
import org.junit.jupiter.api.Test;

/** Scenario text that looks like HTML is shown as the characters it is, never rendered. */
class InertTextTest {
    private static final String HOSTILE = "<html><img src='http://attacker.example/x.png'><b>Mine</b>";

    @Test
    void labelsShowHtmlLiterally() {
        JLabel label = PlainText.label(HOSTILE);

        assertEquals(HOSTILE, label.getText());
        assertNull(label.getClientProperty(BasicHTML.propertyKey));
    }

    @Test
    void tableCellsShowElementNamesLiterally() {
        FormTableModel model = new FormTableModel(ScenarioSchema.forSection("costItems").columns(), (r, k, e) -> { });
        FormTable table = new FormTable(model, (r, c) -> null, (e, f) -> List.of(), (r, c) -> { });
        model.update(List.of(ElementForm.of("name", HOSTILE)));

        Component cell = table.prepareRenderer(table.getCellRenderer(0, 0), 0, 0);

        assertEquals(HOSTILE, ((JLabel) cell).getText());
        assertNull(((JComponent) cell).getClientProperty(BasicHTML.propertyKey));
    }

    @Test
    void resultsShowTheScenarioNameLiterally() {
        Scenario s = BundledScenarios.load("company-rehabilitation-plan");
        Scenario hostile = new Scenario(HOSTILE, HOSTILE, s.currency(), s.baseYear(),
                s.simulation().withIterations(500), s.economics(), s.closureYear(), s.forfeiture(), s.costItems(),
                s.indirectCosts(), s.correlations(), s.waterTreatment(), s.rehabilitation(), s.riskEvents(),
                s.assurance());
        SimulationResults r = new MonteCarloEngine(1, "test").run(hostile, ProgressListener.NONE);
        ResultsPanel panel = new ResultsPanel((name, format) -> { });

        panel.show(new CompletedRun(hostile, r, ChartSet.of(r), null), false);

        List<JLabel> rendered = new ArrayList<>();
        collect(panel, rendered);
        JLabel name = rendered.stream().filter(l -> "results-scenario".equals(l.getName())).findFirst().orElseThrow();
        assertEquals(HOSTILE, name.getText());
        for (JLabel l : rendered) {
            assertNull(l.getClientProperty(BasicHTML.propertyKey), l.getText());
        }
    }

    @Test
    void groupsLongPlainNumbersForReading() {
        assertEquals("15\u2009000\u2009000", NumberText.grouped("15000000"));
        assertEquals("-12\u2009345.5", NumberText.grouped("-12345.5"));
        assertEquals("1234", NumberText.grouped("1234"));
        assertEquals("1e6", NumberText.grouped("1e6"));
    }

    private static void collect(Container c, List<JLabel> out) {
        for (Component k : c.getComponents()) {
            if (k instanceof JLabel l) {
                out.add(l);
            }
            if (k instanceof Container inner) {
                collect(inner, out);
            }
        }
    }
}
