"""Which language an article is written in: py3langid's bundled model (offline, in the wheel).

The answer is an ISO 639-1 code ("en", "ru", "ar"), or None when the text is too short or the
model is unsure. The rules extractor reads English only and declines anything confidently
detected as another language (`decline_unless_english`); LLM backends read every language.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

from summarize.errors import InputError

MIN_LETTERS = 40  # fewer letters than this: no reliable guess
MIN_CONFIDENCE = 0.9  # normalised probability of the best language
SAMPLE_CHARS = 2000  # the start of the article decides; more text adds nothing but time
ENGLISH = "en"

# Words common in English and not words of other Latin-script languages ("to", "by", "at",
# "of", "was", "will" are: Polish, Danish, Dutch, German). In the 74 eval and seed pages,
# furniture included, 10-25% of words are these (median 18%); in the other languages' test
# texts, none. A text whose letters are nearly all ASCII (not Chinese, Thai or Russian, where a
# clause is one "word") and where at least ENGLISH_SHARE of words are these is English without
# running the model, whose per-byte loop was most of an article's loading time (1.2 -> 0.7
# ms); any other text goes to the model as before.
_ENGLISH_WORDS = frozenset(
    (  # noqa: SIM905  (a word list reads better as words)
        "the and that with said from his has have were which would their they been this who "
        "its not but had it"
    ).split()
)
ENGLISH_SHARE = 0.12
ASCII_LETTERS = 0.95  # of all letters, for the quick check
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

_lock = threading.Lock()


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """The language of `text` (ISO 639-1), or None when it cannot be told with confidence."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    if letters < MIN_LETTERS:
        return None
    if _plainly_english(sample, letters):
        return ENGLISH
    with _lock:  # the identifier is shared between loader threads
        language, confidence = _identifier().classify(sample)
    return str(language) if float(confidence) >= MIN_CONFIDENCE else None


def _plainly_english(sample: str, letters: int) -> bool:
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    if ascii_letters < ASCII_LETTERS * letters:
        return False
    words = _WORD.findall(sample.lower())
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    return bool(words) and english >= ENGLISH_SHARE * len(words)


def language_name(code: str) -> str:
    """The language's English name ("Russian" for "ru"), or the code when it is unknown."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code


def decline_unless_english(language: str | None, source: str) -> None:
    """The rules extractor's refusal of an article in another language: one clear line."""
    if language is None or language == ENGLISH:
        return
    label = "stdin" if source == "-" else source
    raise InputError(
        f"{label}: declined: the article is in {language_name(language)} ({language}) and the "
        "rules extractor reads English only; use an LLM backend (--backend openai)"
    )
