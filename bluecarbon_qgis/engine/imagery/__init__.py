"""Reading imagery: sensor presets, spectral indices, rule and supervised classifiers."""
