"""One Processing algorithm per module; ``ALGORITHMS`` is what the provider loads."""
from .accuracyassessment import AccuracyAssessment
from .carbonchange import CarbonChange
from .carboncredits import CarbonCredits
from .carbonstocks import CarbonStocks
from .classifyhabitats import ClassifyHabitats
from .classifyrules import ClassifyRules
from .mariculturesink import MaricultureSink
from .normaliseimage import NormaliseImage
from .offsetbalance import OffsetBalance
from .samplingdesign import SamplingDesign
from .spectralindices import SpectralIndices
from .trainclassifier import TrainClassifier
from .transitionmap import TransitionMap
from .transitiontemplate import TransitionTemplate

ALGORITHMS = (SpectralIndices, ClassifyRules, NormaliseImage, TrainClassifier, ClassifyHabitats, TransitionMap,
              SamplingDesign, AccuracyAssessment, CarbonStocks, TransitionTemplate, CarbonChange, MaricultureSink,
              OffsetBalance, CarbonCredits)
