"""The rule engine: evaluate an application against a province's merged rule pack."""

from .evaluate import evaluate
from .incremental import EvaluationCache

__all__ = ["EvaluationCache", "evaluate"]
