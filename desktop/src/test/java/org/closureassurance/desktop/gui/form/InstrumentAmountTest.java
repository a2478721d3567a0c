package org.closureassurance.desktop.gui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentAmountTest {
    private static final FieldSpec AMOUNT = FieldSpec.of("amount", "Amount", FieldKind.VALUE);

    @Test
    void aScheduledBondShowsItsFirstAndLastStep() {
        ElementForm bond = ElementForm.of("type", "bond", ShapeChoice.AMOUNT_BY, "by-schedule", "schedule", List.of(
                ElementForm.of("fromYear", "0", "amount", ValueForm.constant("20000000")),
                ElementForm.of("fromYear", "5", "amount", ValueForm.constant("30000000")),
                ElementForm.of("fromYear", "10", "amount", ValueForm.constant("40000000"))));

        assertEquals("Schedule 20\u2009000\u2009000 → 40\u2009000\u2009000, 3 steps from year 0",
                InstrumentAmount.standIn(bond, AMOUNT));
    }

    @Test
    void aTrustFundShowsItsBalanceAndContribution() {
        ElementForm fund = ElementForm.of("type", "trust-fund", "initialBalance", ValueForm.constant("2000000"),
                "annualContribution", ValueForm.constant("500000"));

        assertEquals("Fund 2\u2009000\u2009000 + 500\u2009000 a year", InstrumentAmount.standIn(fund, AMOUNT));
    }

    @Test
    void otherColumnsAndInstrumentsWithAnAmountGetNothing() {
        ElementForm fund = ElementForm.of("type", "trust-fund");

        assertEquals("", InstrumentAmount.standIn(fund, FieldSpec.of("name", "Name", FieldKind.TEXT)));
        assertEquals("", InstrumentAmount.standIn(ElementForm.of("type", "self-bond"), AMOUNT));
    }
}
