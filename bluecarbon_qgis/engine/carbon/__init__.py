"""Carbon densities, stocks, mariculture removal and Monte Carlo draws."""
