"""Cost estimates from a price table: summarize/data/prices.toml, overridden by the config file.

A model served under a dated name ("gpt-4o-mini-2024-07-18") is priced as its base name. Replayed
answers cost nothing: no request reached a provider.
"""

from __future__ import annotations

import threading
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TypeVar

from summarize.config import ModelPrice, PriceOverrides, load_layers
from summarize.errors import InputError

FREE_OUTCOMES = frozenset({"replayed"})
BATCH_OUTCOMES = frozenset({"batch"})  # answers received through a provider's batch API
T = TypeVar("T")


@dataclass(frozen=True)
class PriceTable:
    models: dict[str, ModelPrice]
    batch_discount: float

    @classmethod
    def builtin(cls) -> PriceTable:
        text = resources.files("summarize").joinpath("data", "prices.toml").read_text("utf-8")
        data = tomllib.loads(text)
        try:
            overrides = PriceOverrides.model_validate(data)
        except ValueError as error:  # a packaging mistake, not the user's
            raise InputError(f"summarize/data/prices.toml is invalid: {error}") from None
        return cls(dict(overrides.models), overrides.batch_discount or 0.0)

    @classmethod
    def load(cls) -> PriceTable:
        """The built-in table with the config file's `[prices]` on top."""
        table = cls.builtin()
        return table.with_overrides(load_layers().prices)

    def with_overrides(self, overrides: PriceOverrides) -> PriceTable:
        discount = self.batch_discount
        if overrides.batch_discount is not None:
            discount = overrides.batch_discount
        return PriceTable({**self.models, **overrides.models}, discount)

    def price(self, model: str | None) -> ModelPrice | None:
        if not model:
            return None
        if model in self.models:
            return self.models[model]
        # "gpt-4o-mini-2024-07-18" -> "gpt-4o-mini": the longest listed name it starts with.
        prefixes = [name for name in self.models if model.startswith(f"{name}-")]
        return self.models[max(prefixes, key=len)] if prefixes else None

    def cost(
        self,
        model: str | None,
        prompt_tokens: int,
        completion_tokens: int,
        *,
        outcome: str | None = None,
        batch: bool = False,
    ) -> float:
        """Estimated dollars for one call (0 for unknown models and replayed answers)."""
        price = self.price(model)
        if price is None or outcome in FREE_OUTCOMES:
            return 0.0
        dollars = (prompt_tokens * price.input + completion_tokens * price.output) / 1_000_000
        return dollars * (1 - self.batch_discount) if batch else dollars


def describe_cost(dollars: float, batch_dollars: float | None = None) -> str:
    text = f"estimated cost ${dollars:.4f}"
    if batch_dollars is not None and dollars:
        text += f" (${batch_dollars:.4f} through a batch API)"
    return text


class CostMeter:
    """Adds up the estimated cost of model calls as an extractor reports them (any thread)."""

    def __init__(self, prices: PriceTable | None = None) -> None:
        self.prices = prices or PriceTable.load()
        self.dollars = 0.0
        self.batch_dollars = 0.0
        self.billed_dollars = 0.0  # batch answers at batch prices, every other call at list price
        self.calls = 0
        self._lock = threading.Lock()

    def add(self, call: object) -> None:
        model = getattr(call, "model", None)
        prompt = int(getattr(call, "prompt_tokens", 0) or 0)
        completion = int(getattr(call, "completion_tokens", 0) or 0)
        outcome = getattr(call, "outcome", None)
        dollars = self.prices.cost(model, prompt, completion, outcome=outcome)
        batch = self.prices.cost(model, prompt, completion, outcome=outcome, batch=True)
        with self._lock:
            self.calls += 1
            self.dollars += dollars
            self.batch_dollars += batch
            self.billed_dollars += batch if outcome in BATCH_OUTCOMES else dollars

    def wrap(self, on_call: Callable[[T], None]) -> Callable[[T], None]:
        """`on_call`, metered."""

        def metered(call: T) -> None:
            self.add(call)
            on_call(call)

        return metered

    def describe(self) -> str:
        return describe_cost(self.dollars, self.batch_dollars)

    def describe_batch_run(self) -> str:
        """For `run --batch`: what was billed (batch answers at batch prices, re-asks and
        fallbacks at list prices) beside the same calls at list prices."""
        return (
            f"estimated cost ${self.billed_dollars:.4f} at batch prices "
            f"(${self.dollars:.4f} at normal prices)"
        )
