"""One Processing algorithm per module; ``ALGORITHMS`` is what the provider loads."""
from .carbonstocks import CarbonStocks

ALGORITHMS = (CarbonStocks,)
