"""`brief --narrative`: a short model-written summary on top of a briefing, checked before use.

The model sees only the briefing's numbered key takeaways and returns three to six sentences,
each citing the takeaways it rests on (`NarrativeDraft`). A sentence must cite at least one
existing takeaway, and every number written in it must be a number one of its cited takeaways
states: a model cannot add, sum, round or invent figures. A summary that breaks these rules is
re-asked once with the problems listed; a second bad answer is dropped, and the briefing says so
(`narrative_note`). The call goes through the OpenAI-compatible client and instructor with the
same settings as extraction (endpoint, model, timeout, structured-output mode).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from summarize.config import Settings
from summarize.errors import ModelError, printable
from summarize.merge import conflict_label
from summarize.schema import Briefing, NarrativeDraft, NarrativeSentence, Takeaway

MIN_SENTENCES = 3
MAX_SENTENCES = 6
# Digits with thousands separators or decimals: '140,000', '1.5', '2020'.
_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")

SYSTEM_PROMPT = f"""You summarise a daily conflict briefing for an analyst.
Write {MIN_SENTENCES} to {MAX_SENTENCES} plain, neutral sentences in English, most important first.
Use only the numbered key takeaways you are given. For each sentence, list in `items` the numbers
of the takeaways it rests on (at least one). Write no number, in digits, that the cited takeaways
do not write themselves: no dates, no totals, no sums, no averages, no rounding. Say who claims a
figure; never present a claim as fact."""


def numbers_in(text: str) -> set[str]:
    """The numbers written in `text`, thousands separators removed: '140,000' -> '140000'."""
    found = set()
    for match in _NUMBER.findall(text):
        parts = match.split(".")
        found.add(".".join([parts[0].replace(",", ""), *parts[1:]]))
    return found


def problems(draft: NarrativeDraft, takeaways: Sequence[Takeaway]) -> list[str]:
    """What is wrong with a summary; empty when it can be shown."""
    found: list[str] = []
    count = len(draft.sentences)
    if not MIN_SENTENCES <= count <= MAX_SENTENCES:
        found.append(f"it has {count} sentences, not {MIN_SENTENCES} to {MAX_SENTENCES}")
    for index, sentence in enumerate(draft.sentences, start=1):
        unknown = [n for n in sentence.items if not 1 <= n <= len(takeaways)]
        if not sentence.items:
            found.append(f"sentence {index} cites no takeaway")
        if unknown:
            found.append(
                f"sentence {index} cites takeaway(s) {', '.join(map(str, unknown))}, which do "
                f"not exist (there are {len(takeaways)})"
            )
        cited = set().union(
            *(numbers_in(takeaways[n - 1].text) for n in sentence.items if n not in unknown)
        )
        invented = sorted(numbers_in(sentence.text) - cited)
        if invented:
            found.append(
                f"sentence {index} writes {', '.join(invented)}, which its cited takeaway(s) "
                f"{', '.join(map(str, sentence.items)) or '(none)'} do not state"
            )
    return found


def prompt_messages(briefing: Briefing) -> list[dict[str, Any]]:
    lines = [f"{n}. {t.text}" for n, t in enumerate(briefing.takeaways, start=1)]
    user = (
        f"Conflict: {conflict_label(briefing.conflict)}. Day: {briefing.date or 'undated'}.\n"
        "Key takeaways:\n" + "\n".join(lines)
    )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


class Narrator:
    """Asks the configured OpenAI-compatible endpoint for each briefing's summary."""

    def __init__(self, settings: Settings) -> None:
        import instructor
        import openai

        from summarize.extract.llm import INSTRUCTOR_MODES

        self.settings = settings
        client = openai.OpenAI(
            api_key=settings.api_key_value() or "unused",
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=max(0, settings.transport_attempts - 1),
        )
        self.client = instructor.from_openai(
            client, mode=INSTRUCTOR_MODES[settings.structured_mode]
        )

    def _ask(self, messages: list[dict[str, Any]]) -> NarrativeDraft:
        try:
            draft = self.client.chat.completions.create(
                response_model=NarrativeDraft,
                messages=messages,  # type: ignore[arg-type]
                model=self.settings.model,
                temperature=self.settings.temperature,
                max_tokens=min(self.settings.max_tokens, 1024),
                max_retries=1,
            )
        except Exception as error:  # the client's and instructor's errors, whatever their kind
            root: BaseException = error
            while root.__cause__ is not None:
                root = root.__cause__
            detail = (str(root).strip().splitlines() or [type(root).__name__])[0]
            for secret in self.settings.secrets():
                if secret:
                    detail = detail.replace(secret, "***")
            raise ModelError(
                f"the narrative request failed: {type(root).__name__}: {printable(detail)}"
            ) from None
        return draft

    def narrate(self, briefing: Briefing) -> Briefing:
        """The briefing with a checked narrative, or with a note saying why there is none."""
        if not briefing.takeaways:
            return briefing.model_copy(
                update={"narrative_note": "no summary: the briefing has no key takeaways"}
            )
        messages = prompt_messages(briefing)
        draft = self._ask(messages)
        wrong = problems(draft, briefing.takeaways)
        if wrong:
            messages += [
                {"role": "assistant", "content": draft.model_dump_json()},
                {
                    "role": "user",
                    "content": "Your summary cannot be used: "
                    + "; ".join(wrong)
                    + ". Write it again following every rule.",
                },
            ]
            draft = self._ask(messages)
            wrong = problems(draft, briefing.takeaways)
        if wrong:
            note = (
                "the model's summary was dropped: asked twice, it still broke the rules ("
                + "; ".join(wrong)
                + ")"
            )
            return briefing.model_copy(update={"narrative": [], "narrative_note": note})
        sentences = [
            NarrativeSentence(text=" ".join(s.text.split()), items=sorted(set(s.items)))
            for s in draft.sentences
        ]
        return briefing.model_copy(update={"narrative": sentences, "narrative_note": None})
