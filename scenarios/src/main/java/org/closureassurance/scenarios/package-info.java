/**
 * Scenario files to the model and back. Public API:
 * {@link org.closureassurance.scenarios.ClosureAssurance} (read, run, results JSON),
 * {@link org.closureassurance.scenarios.RunOptions}, {@link org.closureassurance.scenarios.LoadResult},
 * {@link org.closureassurance.scenarios.ValidationError}, {@link org.closureassurance.scenarios.ScenarioReader},
 * {@link org.closureassurance.scenarios.ScenarioWriter}; portfolio files through
 * {@link org.closureassurance.scenarios.PortfolioReader}, {@link org.closureassurance.scenarios.PortfolioWriter},
 * {@link org.closureassurance.scenarios.PortfolioLoad},
 * {@link org.closureassurance.scenarios.PortfolioError} and {@link org.closureassurance.scenarios.PortfolioInput}
 * (the files read); the bundled rule packs
 * ({@link org.closureassurance.scenarios.RulePacks}, {@link org.closureassurance.scenarios.RulePack}); and the schema
 * ({@link org.closureassurance.scenarios.ScenarioFormat}, its section classes,
 * {@link org.closureassurance.scenarios.PortfolioFormat},
 * {@link org.closureassurance.scenarios.FormatField}, {@link org.closureassurance.scenarios.FormatObject},
 * {@link org.closureassurance.scenarios.FieldType}) that forms are built from.
 * {@code AtomicFile}, {@code ScenarioValidator}, {@code ValueChecks} and {@code InputValueChecks} (a
 * sweep's values checked as a file would be), {@code PortfolioOutline} and {@code RegisterLines} (a register
 * imported and edited line by line) and {@code PortfolioEdit} (a portfolio sweep's number set in the
 * file) are public for the desktop app only: internal. The binders and checks are package-private.
 */
package org.closureassurance.scenarios;
