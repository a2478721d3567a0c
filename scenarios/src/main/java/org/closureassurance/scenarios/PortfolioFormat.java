package org.closureassurance.scenarios;

import static org.closureassurance.scenarios.FormatField.integer;
import static org.closureassurance.scenarios.FormatField.list;
import static org.closureassurance.scenarios.FormatField.number;
import static org.closureassurance.scenarios.FormatField.object;
import static org.closureassurance.scenarios.FormatField.string;
import static org.closureassurance.scenarios.FormatField.value;

import java.util.List;
import org.closureassurance.scenarios.ScenarioFormat.Common;
import org.closureassurance.scenarios.ValueChecks.Bounds;
import org.closureassurance.simulator.model.InputField;
import org.closureassurance.simulator.portfolio.Portfolio;

/**
 * The portfolio format {@code closure-assurance-portfolio/1}, declared once like
 * {@link ScenarioFormat}: a register of sites sharing simulation settings and economics, with
 * an optional pooled fund. Shared objects ({@code simulation}, {@code economics}, a site's
 * {@code forfeiture} and {@code assurance[]}) are the scenario format's own.
 */
public final class PortfolioFormat {
    private PortfolioFormat() {
    }

    /** The top level of a portfolio file. */
    public static final class Top {
        public static final FormatField FORMAT = string("format").asRequired()
                .example("\"" + Portfolio.FORMAT + "\"").about("exactly `" + Portfolio.FORMAT + "`");
        public static final FormatField NAME = string("name").asRequired().about("the portfolio's name");
        public static final FormatField DESCRIPTION = string("description").about("free text");
        public static final FormatField CURRENCY = string("currency")
                .about("label for every money amount; a scenario site giving another currency is an error");
        public static final FormatField BASE_YEAR = ScenarioFormat.Top.BASE_YEAR;
        public static final FormatField SIMULATION = ScenarioFormat.Top.SIMULATION
                .about("replaces every scenario site's own");
        public static final FormatField ECONOMICS = ScenarioFormat.Top.ECONOMICS
                .about("replaces every scenario site's own");
        public static final FormatField ECONOMY = object("economy", "{\"factors\": []}")
                .about("economic factors shared by every site");
        public static final FormatField PROVIDERS = list("providers").byDefault("[]")
                .about("named surety providers shared by every site");
        public static final FormatField SITES = list("sites").byDefault("[]")
                .about("scenario sites and simple sites, in the order sums run");
        public static final FormatField REGISTER = object("register", "{\"file\": \"register.csv\"}")
                .about("more simple sites read from a CSV or .xlsx file, after `sites`");
        public static final FormatField FUND = object("fund", "{\"name\": ..., \"initialBalance\": 0}")
                .about("the pooled fund; without it every shortfall is a public cost");
        public static final FormatObject OBJECT = FormatObject.of("the top level", "", FORMAT, NAME, DESCRIPTION,
                CURRENCY, BASE_YEAR, SIMULATION, ECONOMICS, ECONOMY, PROVIDERS, SITES, REGISTER, FUND);

        private Top() {
        }
    }

    /** {@code sites[]} naming a scenario file. */
    public static final class ScenarioSite {
        public static final FormatField SCENARIO = string("scenario").asRequired()
                .about("the scenario file, relative to the portfolio file");
        public static final FormatObject OBJECT = FormatObject.of("sites[] (scenario site)", "", Common.NAME,
                SCENARIO);

        private ScenarioSite() {
        }
    }

    /** {@code sites[]} given as a register line. */
    public static final class SimpleSite {
        public static final FormatField CATEGORY = string("category").about("free label for grouping");
        public static final FormatField ESTIMATE = number("estimate").asRequired().within(Bounds.NON_NEGATIVE)
                .measuring("money").about("the approved estimate of closure cost; also the base of contributions");
        public static final FormatField MULTIPLIER = value("multiplier", Bounds.POSITIVE).byDefault("1")
                .about("how far the real cost departs from the estimate");
        public static final FormatField CLOSURE_YEAR = value(InputField.CLOSURE_YEAR.key(), null).asRequired()
                .measuring("absolute year").about("the year operations end");
        public static final FormatField CLOSURE_DURATION_YEARS = integer("closureDurationYears", 1,
                ScenarioFormat.MAX_INT).byDefault("1")
                .about("years of closure works; from `closureYear + closureDurationYears` on the site cannot forfeit");
        public static final FormatField FORFEITURE = object(InputField.Section.FORFEITURE.key(),
                "{\"mode\": \"annual-hazard\"}")
                .asRequired().about("any mode of a scenario's `forfeiture`");
        public static final FormatField ASSURANCE = list(InputField.Section.ASSURANCE.key()).byDefault("[]")
                .about("instruments as in a scenario; a trust fund may not draw down");
        public static final FormatField AFTER_FORFEITURE = object(InputField.Section.AFTER_FORFEITURE.key(),
                "{\"" + InputField.ESTATE_RECOVERY.key() + "\": 0.1}").about("as a scenario's `afterForfeiture`");
        public static final FormatObject OBJECT = FormatObject.of("sites[] (simple site)", "", Common.NAME, CATEGORY,
                ESTIMATE, MULTIPLIER, CLOSURE_YEAR, CLOSURE_DURATION_YEARS, FORFEITURE, ASSURANCE, AFTER_FORFEITURE);

        private SimpleSite() {
        }
    }

    /** {@code register}. */
    public static final class Register {
        public static final FormatField FILE = string("file").asRequired()
                .about("a CSV (UTF-8, header row) or `.xlsx` file, relative to the portfolio file");
        public static final FormatObject OBJECT = FormatObject.of("register", "", FILE);

        private Register() {
        }
    }

    /** {@code fund}. */
    public static final class Fund {
        /** The name a fund without one is given (docs/portfolio-format.md): a name is optional. */
        public static final String DEFAULT_NAME = "fund";
        public static final FormatField NAME = string("name").byDefault("\"" + DEFAULT_NAME + "\"")
                .about("keys the fund's random streams");
        public static final FormatField INITIAL_BALANCE = number("initialBalance").byDefault("0")
                .within(Bounds.NON_NEGATIVE).measuring("money").about("the balance at the start of year 0");
        public static final FormatField CONTRIBUTION_PERCENT = number("contributionPercent").byDefault("0")
                .within(Bounds.NON_NEGATIVE).about("paid each year by every operating site, percent of its estimate");
        public static final FormatField ANNUAL_RETURN = value("annualReturn", null).byDefault("0")
                .measuring("fraction per year")
                .about("drawn each year; not range-checked (the balance never falls below 0)");
        public static final FormatField ANNUAL_FEE_RATE = value("annualFeeRate", Bounds.NON_NEGATIVE).byDefault("0")
                .measuring("fraction per year");
        public static final FormatObject OBJECT = FormatObject.of("fund", "", NAME, INITIAL_BALANCE,
                CONTRIBUTION_PERCENT, ANNUAL_RETURN, ANNUAL_FEE_RATE);

        private Fund() {
        }
    }

    /** The columns of a register file (CSV or spreadsheet), one simple site a row. */
    public static final class Columns {
        public static final String NAME = Common.NAME.name();
        public static final String CATEGORY = SimpleSite.CATEGORY.name();
        public static final String ESTIMATE = SimpleSite.ESTIMATE.name();
        public static final String MULTIPLIER_P10 = "multiplierP10";
        public static final String MULTIPLIER_P90 = "multiplierP90";
        public static final String CLOSURE_YEAR = SimpleSite.CLOSURE_YEAR.name();
        public static final String CLOSURE_DURATION_YEARS = SimpleSite.CLOSURE_DURATION_YEARS.name();
        public static final String HAZARD_BEFORE_CLOSURE = "hazardBeforeClosure";
        public static final String HAZARD_AFTER_CLOSURE = "hazardAfterClosure";
        public static final String FACTOR = EconomyFormat.Driver.FACTOR.name();
        public static final String FACTOR_WEIGHT = "factorWeight";
        public static final String ASSURANCE = SimpleSite.ASSURANCE.name();
        public static final String ASSURANCE_TYPE = "assuranceType";
        public static final String PROVIDER = "provider";
        /** Every column, in the order the format lists them. */
        public static final List<String> ALL = List.of(NAME, CATEGORY, ESTIMATE, MULTIPLIER_P10, MULTIPLIER_P90,
                CLOSURE_YEAR, CLOSURE_DURATION_YEARS, HAZARD_BEFORE_CLOSURE, HAZARD_AFTER_CLOSURE, FACTOR,
                FACTOR_WEIGHT, ASSURANCE, ASSURANCE_TYPE, PROVIDER);
        /** The columns every row must fill. */
        public static final List<String> REQUIRED = List.of(NAME, ESTIMATE, CLOSURE_YEAR);

        private Columns() {
        }
    }

    /** The objects of the portfolio format in the order of a field reference. */
    public static List<FormatObject> objects() {
        return List.of(Top.OBJECT, ScenarioSite.OBJECT, SimpleSite.OBJECT, Register.OBJECT,
                Fund.OBJECT);
    }
}
