#!/usr/bin/env python3
"""Writes the reliability corpus: broken, hostile and extreme-but-valid scenario files.

Run from anywhere: python3 make_corpus.py. Each case becomes corpus/NAME.json (bytes exactly
as built here). The expected outcome of each file lives beside it in NAME.expected, written
once by CorpusTest in record mode (-Dcorpus.record=true) and then reviewed by hand; this
script never writes .expected files, so rerunning it cannot change what the test demands.
"""
import json
import os
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "corpus"))
BASE_SCENARIO = os.path.normpath(os.path.join(
    HERE, "..", "..", "main", "resources", "org", "closureassurance", "scenarios", "bundled",
    "regulator-base-case.json"))

CASES = OrderedDict()


def minimal(**changes):
    """The minimal valid scenario with top-level fields replaced (None removes one)."""
    s = OrderedDict([
        ("format", "closure-assurance/1"),
        ("name", "Corpus mine"),
        ("simulation", {"horizonYears": 30, "seed": 7}),
        ("economics", {"discountRate": 0.03}),
        ("closureYear", 5),
        ("forfeiture", {"mode": "at-closure"}),
        ("costItems", [{"name": "Works", "amount": 1000000, "startYear": 0, "durationYears": 2}]),
        ("assurance", [{"type": "bond", "name": "Bond", "amount": 800000}]),
    ])
    for k, v in changes.items():
        if v is None:
            s.pop(k, None)
        else:
            s[k] = v
    return s


def text(obj):
    return json.dumps(obj, indent=2, allow_nan=True) + "\n"


def add(name, content):
    if name in CASES:
        raise SystemExit("duplicate case " + name)
    CASES[name] = content.encode("utf-8") if isinstance(content, str) else content


def add_json(name, obj):
    add(name, text(obj))


def water(**fields):
    w = OrderedDict([("name", "Seep"), ("startYear", 0), ("flow", {"value": 2, "unit": "L/s"}),
                     ("unitCost", {"value": 1.2, "per": "m3"}), ("duration", {"type": "years", "years": 10})])
    w.update(fields)
    return w


def domain(**fields):
    d = OrderedDict([("name", "Dump"), ("area", {"value": 50, "unit": "ha"}), ("startYear", 1),
                     ("establishmentCost", {"value": 15000, "per": "ha"}),
                     ("maintenanceCostPerAreaYear", {"value": 500, "per": "ha"}),
                     ("recovery", {"model": "exponential", "rate": 0.1, "initialCondition": 0.05, "target": 0.7})])
    d.update(fields)
    return d


def cost(**fields):
    c = OrderedDict([("name", "Works"), ("amount", 1000000), ("startYear", 0), ("durationYears", 2)])
    c.update(fields)
    return c


def closure_with(value):
    return minimal(closureYear=value)


VALID = text(minimal())

# --- bytes, encoding and syntax -------------------------------------------------------------
add("syntax-empty", b"")
add("syntax-whitespace-only", b" \n\t\r\n  ")
add("syntax-truncated-half", VALID[: len(VALID) // 2])
add("syntax-truncated-one-byte", VALID[:1])
add("syntax-trailing-comma", VALID.replace('"mode": "at-closure"', '"mode": "at-closure",', 1))
add("syntax-double-comma", VALID.replace('"closureYear": 5,', '"closureYear": 5,,', 1))
add("syntax-missing-colon", VALID.replace('"closureYear": 5', '"closureYear" 5', 1))
add("syntax-missing-comma", VALID.replace('"closureYear": 5,', '"closureYear": 5', 1))
add("syntax-line-comment", "// scenario\n" + VALID)
add("syntax-block-comment", VALID.replace("{", "{ /* note */", 1))
add("syntax-single-quotes", VALID.replace('"Corpus mine"', "'Corpus mine'"))
add("syntax-nan", VALID.replace('"closureYear": 5', '"closureYear": NaN'))
add("syntax-infinity", VALID.replace('"closureYear": 5', '"closureYear": Infinity'))
add("syntax-minus-infinity", VALID.replace('"discountRate": 0.03', '"discountRate": -Infinity'))
add("number-1e400", VALID.replace('"closureYear": 5', '"closureYear": 1e400'))
add("number-minus-1e400", VALID.replace('"amount": 1000000', '"amount": -1e400'))
add("number-1e-400", VALID.replace('"discountRate": 0.03', '"discountRate": 1e-400'))
add("number-leading-zero", VALID.replace('"closureYear": 5', '"closureYear": 05'))
add("number-leading-plus", VALID.replace('"closureYear": 5', '"closureYear": +5'))
add("number-hex", VALID.replace('"closureYear": 5', '"closureYear": 0x10'))
add("number-bare-dot", VALID.replace('"closureYear": 5', '"closureYear": .5'))
add("number-huge-literal", VALID.replace('"closureYear": 5', '"closureYear": ' + "9" * 5000))
add("number-long-mantissa", VALID.replace('"closureYear": 5', '"closureYear": 5.' + "1" * 3000))
add("number-huge-seed", VALID.replace('"seed": 7', '"seed": 18446744073709551616'))
add("number-seed-fraction", VALID.replace('"seed": 7', '"seed": 7.5'))
add("utf8-latin1-byte", VALID.encode("utf-8").replace(b"Corpus mine", "Corpus min\u00e9".encode("latin-1")))
add("utf8-overlong-slash", VALID.encode("utf-8").replace(b"Corpus mine", b"Corpus\xc0\xafmine"))
add("utf8-lone-surrogate-bytes", VALID.encode("utf-8").replace(b"Corpus mine", b"Corpus \xed\xa0\x80 mine"))
add("utf8-bom-valid", b"\xef\xbb\xbf" + VALID.encode("utf-8"))
add("utf8-double-bom", b"\xef\xbb\xbf\xef\xbb\xbf" + VALID.encode("utf-8"))
add("utf16-le-with-bom", b"\xff\xfe" + VALID.encode("utf-16-le"))
add("binary-garbage", bytes((i * 37 + 11) % 256 for i in range(512)))
add("nul-bytes", b"\x00" * 64)
add("nul-inside-string", VALID.encode("utf-8").replace(b"Corpus mine", b"Corpus\x00mine"))
add("escaped-nul-in-name", VALID.replace("Corpus mine", "Corpus\\u0000mine"))
add("invalid-escape", VALID.replace("Corpus mine", "Corpus\\qmine"))
add("unterminated-string", VALID.replace('"Corpus mine"', '"Corpus mine'))
add("control-char-in-string", VALID.replace("Corpus mine", "Corpus\tmine"))
add("two-documents", VALID + VALID)
add("top-level-array", "[" + VALID + "]")
add("top-level-string", '"closure-assurance/1"')
add("top-level-number", "42")
add("top-level-null", "null")
add("duplicate-top-level-key", VALID.replace('"closureYear": 5,', '"closureYear": 5,\n  "closureYear": 9,'))
add("duplicate-nested-key", VALID.replace('"horizonYears": 30', '"horizonYears": 30, "horizonYears": 1000'))
add("duplicate-key-in-distribution", VALID.replace(
    '"closureYear": 5', '"closureYear": {"dist": "uniform", "min": 1, "min": 2, "max": 3}'))
add("deep-nesting-array-200", VALID.replace('"closureYear": 5', '"closureYear": ' + "[" * 200 + "]" * 200))
add("deep-nesting-object-65", VALID.replace(
    '"closureYear": 5', '"closureYear": ' + '{"a":' * 64 + "1" + "}" * 64))
add("deep-nesting-unclosed-100000", "[" * 100000)
add("long-list-10001", VALID.replace('"closureYear": 5', '"closureYear": [' + ",".join(["1"] * 10001) + "]"))
add("long-string-10001", VALID.replace("Corpus mine", "m" * 10001))
add("long-field-name-10001", VALID.replace('"closureYear": 5', '"closureYear": 5, "' + "k" * 10001 + '": 1'))
add("many-fields-10001", VALID.replace('"closureYear": 5', '"closureYear": 5, "x": {'
                                       + ",".join('"f%d": 0' % i for i in range(10001)) + "}"))

# --- structure and types ---------------------------------------------------------------------
add_json("missing-everything", {})
add_json("wrong-format", minimal(format="closure-assurance/2"))
add_json("format-number", minimal(format=1))
add_json("missing-horizon", minimal(simulation={"iterations": 100}))
add_json("horizon-zero", minimal(simulation={"horizonYears": 0}))
add_json("horizon-1001", minimal(simulation={"horizonYears": 1001}))
add_json("horizon-1e9", minimal(simulation={"horizonYears": 1e9}))
add_json("horizon-fraction", minimal(simulation={"horizonYears": 30.5}))
add_json("horizon-string", minimal(simulation={"horizonYears": "30"}))
add_json("iterations-zero", minimal(simulation={"horizonYears": 30, "iterations": 0}))
add_json("iterations-2pow31", minimal(simulation={"horizonYears": 30, "iterations": 2147483648}))
add_json("iterations-negative", minimal(simulation={"horizonYears": 30, "iterations": -5}))
add_json("sampling-unknown", minimal(simulation={"horizonYears": 30, "sampling": "quasi-random"}))
add_json("base-year-zero", minimal(baseYear=0))
add_json("discount-rate-minus-one", minimal(economics={"discountRate": -1}))
add_json("forfeiture-mode-unknown", minimal(forfeiture={"mode": "sometimes"}))
add_json("hazard-probability-above-one", minimal(forfeiture={"mode": "annual-hazard", "beforeClosure": 1.5}))
add_json("cost-items-object", minimal(costItems={"name": "Works", "amount": 1}))
add_json("cost-item-both-amount-and-quantity", minimal(costItems=[cost(
    quantity={"value": 5, "unit": "m3"}, unitCost={"value": 2, "per": "m3"})]))
add_json("cost-item-negative-amount", minimal(costItems=[cost(amount=-5)]))
add_json("cost-item-incommensurable-units", minimal(costItems=[OrderedDict([
    ("name", "Works"), ("quantity", {"value": 5, "unit": "m3"}), ("unitCost", {"value": 2, "per": "ha"})])]))
add_json("cost-item-unknown-unit", minimal(costItems=[OrderedDict([
    ("name", "Works"), ("quantity", {"value": 5, "unit": "furlong"}), ("unitCost", {"value": 2, "per": "m"})])]))
add_json("cost-item-start-year-1e12", minimal(costItems=[cost(startYear=1e12)]))
add_json("cost-item-duration-zero", minimal(costItems=[cost(durationYears=0)]))
add_json("name-with-slash", minimal(costItems=[cost(name="Pit/berm")]))
add_json("duplicate-names", minimal(costItems=[cost(), cost()]))
add_json("empty-name", minimal(costItems=[cost(name="")]))
add_json("accrual-years-not-increasing", minimal(costItems=[cost(
    accrual=[{"year": 5, "fraction": 0.5}, {"year": 5, "fraction": 1}])]))
add_json("schedule-empty", minimal(assurance=[{"type": "bond", "name": "Bond", "schedule": []}]))
add_json("risk-year-with-annual-probability", minimal(riskEvents=[
    {"name": "Spill", "annualProbability": 0.1, "year": 3, "cost": 10}]))
add_json("correlation-rho-one", minimal(
    costItems=[cost(amount={"dist": "uniform", "min": 1, "max": 2}),
               cost(name="More", amount={"dist": "uniform", "min": 1, "max": 2})],
    correlations=[{"a": "costItems/Works/amount", "b": "costItems/More/amount", "rho": 1}]))
add_json("correlation-not-positive-definite", minimal(
    costItems=[cost(name="A", amount={"dist": "uniform", "min": 1, "max": 2}),
               cost(name="B", amount={"dist": "uniform", "min": 1, "max": 2}),
               cost(name="C", amount={"dist": "uniform", "min": 1, "max": 2})],
    correlations=[{"a": "costItems/A/amount", "b": "costItems/B/amount", "rho": 0.9},
                  {"a": "costItems/B/amount", "b": "costItems/C/amount", "rho": 0.9},
                  {"a": "costItems/A/amount", "b": "costItems/C/amount", "rho": -0.9}]))
add_json("correlation-unknown-path", minimal(
    costItems=[cost(amount={"dist": "uniform", "min": 1, "max": 2})],
    correlations=[{"a": "costItems/Works/amount", "b": "economics/discountRate", "rho": 0.5}]))

# --- fields that would touch files, and markup in text ---------------------------------------
add_json("field-output-file", minimal(outputFile="/tmp/closure-assurance-owned.txt"))
add_json("field-empty-key", minimal(**{"": 0}))
add_json("field-key-with-dots-and-quotes", minimal(simulation={"horizonYears": 30, "a.b[0]\"c": 1}))
add_json("field-include", minimal(include="../../etc/passwd"))
add_json("field-ref", minimal(**{"$ref": "file:///etc/passwd"}))
add_json("field-report-path-in-simulation", minimal(simulation={"horizonYears": 30, "reportPath": "/tmp/x.html"}))
add_json("markup-script-name", minimal(name="<script>alert('x')</script>",
                                       description="</p><html><body onload=alert(1)>",
                                       costItems=[cost(name="<img src=x onerror=alert(1)>", category="<b>earth</b>")]))
add_json("markup-html-everywhere", minimal(
    name="<html><head><title>owned</title></head></html>", currency="<i>USD</i>",
    costItems=[cost(name="\"><script src=//evil></script>")],
    assurance=[{"type": "bond", "name": "<iframe src=javascript:alert(1)>", "amount": 800000,
                "description": "&amp; &lt;script&gt;"}]))
add_json("markup-every-text-field", minimal(
    name="<script>document.write('x')</script>", description="<style>body{display:none}</style>",
    currency="<b>USD</b>",
    costItems=[cost(name="<svg onload=alert(1)>", description="<a href=javascript:alert(1)>x</a>",
                    category="<i>cat</i>")],
    indirectCosts=[{"name": "<marquee>", "percent": 5, "appliesTo": ["<i>cat</i>"]}],
    waterTreatment=[water(name="<iframe src=javascript:alert(1)>", description="</table></section>",
                          duration={"type": "perpetual"})],
    rehabilitation=[domain(name="<object data=x>")],
    riskEvents=[{"name": "<embed src=x>", "probability": 0.5, "year": 2, "cost": 100000}],
    assurance=[{"type": "bond", "name": "<script>steal() bond", "amount": 800000,
                "description": "&amp; &lt;already escaped&gt;"},
               {"type": "trust-fund", "name": "\"quoted' fund", "initialBalance": 1000,
                "annualContribution": 10}]))
add_json("unicode-names", minimal(name="Mine \u202eevil\u202c \U0001F4A3 \u00e9\u00e8 \u4e2d\u6587",
                                  costItems=[cost(name="\u0000\u0001 control")]))
add_json("name-9999-chars", minimal(name="n" * 9999))

# --- distributions whose parameters would break samplers -------------------------------------
add_json("normal-sd-zero", closure_with({"dist": "normal", "mean": 5, "sd": 0}))
add_json("normal-sd-negative", closure_with({"dist": "normal", "mean": 5, "sd": -1}))
add_json("normal-truncated-far-tail", closure_with({"dist": "normal", "mean": 5, "sd": 1, "min": 100, "max": 200}))
add_json("normal-truncated-tail-8sd", closure_with({"dist": "normal", "mean": 5, "sd": 1, "min": 13, "max": 20}))
add_json("normal-truncated-min-equals-max", closure_with({"dist": "normal", "mean": 5, "sd": 1, "min": 6, "max": 6}))
add_json("normal-truncated-inverted", closure_with({"dist": "normal", "mean": 5, "sd": 1, "min": 6, "max": 4}))
add_json("normal-sd-1e300", minimal(economics={"discountRate": {"dist": "normal", "mean": 0.03, "sd": 1e300,
                                                                 "min": -0.5, "max": 0.5}}))
add_json("lognormal-mean-zero", minimal(costItems=[cost(amount={"dist": "lognormal", "mean": 0, "sd": 1})]))
add_json("lognormal-mean-negative", minimal(costItems=[cost(amount={"dist": "lognormal", "mean": -3, "sd": 1})]))
add_json("lognormal-sd-zero", minimal(costItems=[cost(amount={"dist": "lognormal", "mean": 3, "sd": 0})]))
add_json("lognormal-sd-1e300", minimal(costItems=[cost(amount={"dist": "lognormal", "mean": 1e6, "sd": 1e300})]))
add_json("lognormal-mean-1e-300", minimal(costItems=[cost(amount={"dist": "lognormal", "mean": 1e-300, "sd": 1})]))
add_json("pert-lambda-1e6", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 2, "max": 10,
                                                            "lambda": 1e6})]))
add_json("pert-lambda-1e6-mode-at-min", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 1,
                                                                        "max": 10, "lambda": 1e6})]))
add_json("pert-lambda-1e300", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 2, "max": 10,
                                                              "lambda": 1e300})]))
add_json("pert-lambda-1e-300", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 2, "max": 10,
                                                               "lambda": 1e-300})]))
add_json("pert-max-near-double-max", minimal(costItems=[cost(amount={"dist": "pert", "min": 2.0, "mode": 2.4,
                                                                  "max": 1.7976931348623157e308})]))
add_json("pert-lambda-negative", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 2, "max": 10,
                                                                 "lambda": -1})]))
add_json("pert-mode-outside", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 20, "max": 10})]))
add_json("pert-tiny-range", minimal(costItems=[cost(amount={"dist": "pert", "min": 1, "mode": 1.0000000000000002,
                                                            "max": 1.0000000000000004})]))
add_json("triangular-min-above-max", closure_with({"dist": "triangular", "min": 9, "mode": 8, "max": 7}))
add_json("uniform-min-equals-max", closure_with({"dist": "uniform", "min": 5, "max": 5}))
add_json("uniform-range-overflows", minimal(costItems=[cost(amount={"dist": "uniform", "min": 0, "max": 1e300}),
    cost(name="Wide", amount={"dist": "triangular", "min": 0, "mode": 1e160, "max": 1e200})]))
add_json("utf8-escape-sequence-in-name", minimal(costItems=[cost(name="\u001b[2J\u001b[31mRED")]))
add_json("utf8-escape-sequence-in-unknown-field", minimal(**{"\u001b]0;pwned\u0007": 1}))
add_json("lognormal-huge-mean-and-sd", minimal(costItems=[cost(amount={"dist": "lognormal", "mean": 1e300,
                                                                     "sd": 1e300})]))
add_json("uniform-full-double-range", minimal(economics={"discountRate": {"dist": "uniform", "min": -0.5,
                                                                         "max": 1.7e308}}))
add_json("discrete-weights-zero", closure_with({"dist": "discrete", "values": [3, 5], "weights": [0, 0]}))
add_json("discrete-weights-negative", closure_with({"dist": "discrete", "values": [3, 5], "weights": [1, -1]}))
add_json("discrete-weights-overflow", closure_with({"dist": "discrete", "values": [3, 5],
                                                   "weights": [1.5e308, 1.5e308]}))
add_json("discrete-weights-tiny", closure_with({"dist": "discrete", "values": [3, 5], "weights": [5e-324, 5e-324]}))
add_json("discrete-empty", closure_with({"dist": "discrete", "values": []}))
add_json("discrete-weight-count-mismatch", closure_with({"dist": "discrete", "values": [3, 5], "weights": [1]}))
add_json("discrete-one-value", closure_with({"dist": "discrete", "values": [4]}))
add_json("discrete-10000-values", closure_with({"dist": "discrete", "values": list(range(10000))}))
add_json("dist-unknown", closure_with({"dist": "weibull", "shape": 2}))
add_json("dist-missing", closure_with({"min": 1, "max": 2}))

# --- extreme but valid -----------------------------------------------------------------------
add_json("extreme-horizon-1000", minimal(simulation={"horizonYears": 1000, "seed": 1}))
add_json("extreme-closure-year-1e9", minimal(closureYear=1e9))
add_json("extreme-closure-year-minus-1e9", minimal(closureYear=-1e9))
add_json("extreme-water-start-1e12", minimal(waterTreatment=[water(startYear=1e12)]))
add_json("extreme-rehab-start-1e12", minimal(rehabilitation=[domain(startYear=1e12)]))
add_json("extreme-forfeiture-year-1e12", minimal(forfeiture={"mode": "year", "year": 1e12}))
add_json("extreme-discount-rate-1e-12-perpetual", minimal(
    economics={"discountRate": 1e-12}, waterTreatment=[water(duration={"type": "perpetual"})]))
add_json("extreme-discount-rate-near-minus-one", minimal(economics={"discountRate": -0.99}))
add_json("extreme-negative-rate-long-duration", minimal(economics={"discountRate": -0.99},
                                                        costItems=[cost(durationYears=2000000)]))
add_json("extreme-discount-rate-min-double-perpetual", minimal(
    economics={"discountRate": 4.9e-324}, waterTreatment=[water(duration={"type": "perpetual"})]))
add_json("extreme-discount-rate-1e6", minimal(economics={"discountRate": 1e6}))
add_json("extreme-half-life-1e300", minimal(waterTreatment=[water(duration={
    "type": "decay", "initialConcentration": {"value": 10, "unit": "mg/L"},
    "limit": {"value": 1, "unit": "mg/L"}, "halfLifeYears": 1e300})]))
add_json("extreme-concentration-ratio-1e300", minimal(waterTreatment=[water(duration={
    "type": "decay", "initialConcentration": {"value": 1e300, "unit": "mg/L"},
    "limit": {"value": 1, "unit": "mg/L"}, "halfLifeYears": 5})]))
add_json("extreme-concentration-ratio-1e600", minimal(waterTreatment=[water(duration={
    "type": "decay", "initialConcentration": {"value": 1e300, "unit": "g/m3"},
    "limit": {"value": 1e-300, "unit": "ug/L"}, "halfLifeYears": 5})]))
add_json("extreme-water-years-1e300", minimal(waterTreatment=[water(duration={"type": "years", "years": 1e300})]))
add_json("extreme-iterations-1", minimal(simulation={"horizonYears": 30, "iterations": 1}))
add_json("extreme-amount-1e300", minimal(costItems=[cost(amount=1e300)]))
add_json("extreme-flow-times-cost-overflow", minimal(waterTreatment=[water(
    flow={"value": 1e300, "unit": "m3/s"}, unitCost={"value": 1e300, "per": "m3"})]))
add_json("extreme-recovery-rate-zero", minimal(rehabilitation=[domain(recovery={
    "model": "logistic", "rate": 0, "initialCondition": 0.05, "target": 0.7})]))
add_json("extreme-recovery-rate-1e300", minimal(rehabilitation=[domain(recovery={
    "model": "logistic", "rate": 1e300, "initialCondition": 1e-300, "target": 1})]))
add_json("extreme-setback-every-year", minimal(rehabilitation=[domain(setback={
    "annualProbability": 1, "conditionLoss": 1, "reworkCostPerArea": {"value": 100, "per": "ha"}})]))
add_json("extreme-hazard-certain", minimal(forfeiture={"mode": "annual-hazard", "beforeClosure": 1,
                                                       "afterClosure": 1}))
add_json("extreme-hazard-never", minimal(forfeiture={"mode": "annual-hazard", "beforeClosure": 0,
                                                     "afterClosure": 0}))
add_json("extreme-hazard-1e-300", minimal(forfeiture={"mode": "annual-hazard", "beforeClosure": 1e-300,
                                                      "afterClosure": 1e-300}))
add_json("extreme-cost-item-int-max", minimal(costItems=[cost(startYear=2147483647, durationYears=2147483647)]))
add_json("extreme-risk-yearly-unbounded", minimal(riskEvents=[{
    "name": "Erosion", "annualProbability": 1, "fromYear": 0, "toYear": 2147483647,
    "maxOccurrences": 2147483647, "cost": 1000}]))
add_json("extreme-risk-once-far", minimal(riskEvents=[{"name": "Late", "year": 2147483647, "cost": 1e300}]))
add_json("extreme-schedule-far", minimal(assurance=[{"type": "bond", "name": "Bond", "schedule": [
    {"fromYear": 0, "amount": 1}, {"fromYear": 2147483647, "amount": 1e300}]}]))
add_json("extreme-replacement-every-year-perpetual", minimal(
    waterTreatment=[water(capitalCost=1e6, replacementEveryYears=1, duration={"type": "perpetual"})]))
add_json("extreme-trust-fund-returns", minimal(assurance=[{
    "type": "trust-fund", "name": "Fund", "initialBalance": 1e300, "annualContribution": 1e300,
    "annualReturn": {"dist": "uniform", "min": -1e300, "max": 1e300}, "drawdown": True}]))
add_json("extreme-correlation-near-one", minimal(
    costItems=[cost(amount={"dist": "lognormal", "mean": 1e6, "sd": 1e6}),
               cost(name="More", amount={"dist": "pert", "min": 1, "mode": 2, "max": 3})],
    correlations=[{"a": "costItems/Works/amount", "b": "costItems/More/amount", "rho": 0.999999999}]))
add_json("extreme-latin-hypercube-one-iteration", minimal(
    simulation={"horizonYears": 30, "iterations": 1, "sampling": "latin-hypercube"},
    closureYear={"dist": "uniform", "min": 0, "max": 29}))
add_json("extreme-1000-cost-items", minimal(costItems=[cost(name="Item %d" % i,
                                                            amount={"dist": "triangular", "min": 1, "mode": 2,
                                                                    "max": 3}) for i in range(1000)]))
add_json("extreme-horizon-1000-rehab", minimal(simulation={"horizonYears": 1000},
                                               rehabilitation=[domain(recovery={"model": "exponential",
                                                                                "rate": 1e-6, "target": 0.99})]))

# --- the bundled base case, damaged ----------------------------------------------------------
with open(BASE_SCENARIO, "rb") as f:
    BASE = f.read()
add("base-truncated-at-90-percent", BASE[: len(BASE) * 9 // 10])
add("base-flipped-brace", BASE.replace(b"{", b"[", 3))
add("base-dist-typo", BASE.replace(b'"dist": "triangular"', b'"dist": "triangle"', 1))
add("base-units-swapped", BASE.replace(b'"unit": "L/s"', b'"unit": "ha"', 1))
add("base-negative-flow", BASE.replace(b'{"dist": "lognormal", "mean": 18, "sd": 7}', b'-18', 1))
add("base-all-numbers-extreme", BASE.replace(b'"probability": 0.6', b'"probability": 1e308', 1)
    .replace(b'"rho": 0.6', b'"rho": -1e-308', 1))


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, content in CASES.items():
        with open(os.path.join(OUT, name + ".json"), "wb") as f:
            f.write(content)
    print("%d cases in %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
