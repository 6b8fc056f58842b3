"""Sampling design and area-adjusted accuracy estimators."""
