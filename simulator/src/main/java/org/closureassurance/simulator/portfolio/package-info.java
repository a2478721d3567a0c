/**
 * Portfolios: many sites simulated together under shared economics, with an optional pooled
 * fund that pays the shortfalls of the sites that forfeit (docs/model.md, portfolios).
 */
package org.closureassurance.simulator.portfolio;
