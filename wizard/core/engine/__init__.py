"""The rule engine: evaluate an application against a province's merged rule pack."""

from .evaluate import evaluate

__all__ = ["evaluate"]
