"""One Processing algorithm per module; ``ALGORITHMS`` is what the provider loads."""
from .accuracyassessment import AccuracyAssessment
from .carbonstocks import CarbonStocks
from .classifyrules import ClassifyRules
from .samplingdesign import SamplingDesign
from .spectralindices import SpectralIndices

ALGORITHMS = (SpectralIndices, ClassifyRules, SamplingDesign, AccuracyAssessment, CarbonStocks)
