package org.closureassurance.simulator.portfolio;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.closureassurance.simulator.model.Economics;
import org.closureassurance.simulator.model.Economy;
import org.closureassurance.simulator.model.Provider;
import org.closureassurance.simulator.model.SimulationSettings;

/**
 * A register of sites simulated together: shared simulation settings and economics, the sites
 * in file order (the portfolio's {@code sites}, then its register's lines), and an optional
 * pooled fund.
 *
 * @param name the portfolio's name
 * @param description free text; null when none
 * @param currency the label of every money amount; null when not given
 * @param baseYear the calendar year of absolute year 0; null when not given
 * @param simulation iterations, seed, horizon and sampling for every site
 * @param economics the discount rate every site uses
 * @param economy the factors every site's drivers may name, drawn once per iteration for all sites
 * @param providers the named surety providers every site's bonds may name, shared by all sites
 * @param sites every site, names unique, in the order sums over sites run
 * @param fund the pooled fund; null when the portfolio has none
 */
public record Portfolio(String name, String description, String currency, Integer baseYear,
                       SimulationSettings simulation, Economics economics, Economy economy,
                        List<Provider> providers, List<Site> sites, PooledFund fund) {
    /** The format identifier of a portfolio file. */
    public static final String FORMAT = "closure-assurance-portfolio/1";

    public Portfolio {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(economics, "economics");
        economy = economy == null ? Economy.NONE : economy;
        providers = List.copyOf(providers);
        sites = List.copyOf(sites);
        Set<String> names = new HashSet<>();
        for (Site s : sites) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("duplicate site name " + s.name());
            }
        }
    }
}
