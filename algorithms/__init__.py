"""One Processing algorithm per module; ``ALGORITHMS`` is what the provider loads."""
from .accuracyassessment import AccuracyAssessment
from .carbonstocks import CarbonStocks
from .samplingdesign import SamplingDesign

ALGORITHMS = (CarbonStocks, SamplingDesign, AccuracyAssessment)
