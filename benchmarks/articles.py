"""Article files for the LLM benchmarks, built from the seed articles (no schema involved)."""

from __future__ import annotations

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def seed_texts() -> list[str]:
    """The five seed articles, as text."""
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS_DIR.glob("*.txt"))]


def write_distinct_articles(folder: Path, count: int) -> list[str]:
    """`count` article files: the seed texts in turn, each with a unique last line."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = seed_texts()
    paths = []
    for index in range(count):
        path = folder / f"article_{index:04d}.txt"
        text = texts[index % len(texts)].rstrip()
        path.write_text(f"{text}\n\nBenchmark copy {index}.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def long_article_text(words: int) -> str:
    """A headline, then the seeds' body paragraphs in turn, each made unique by a numbered
    sentence, until the text has `words` words."""
    paragraphs = [
        paragraph.strip()
        for text in seed_texts()
        for paragraph in text.split("\n\n")[1:]
        if len(paragraph.split()) >= 12
    ]
    out = ["A long report on the war, in many parts"]
    count, index = 0, 0
    while count < words:
        paragraph = f"{paragraphs[index % len(paragraphs)]} This is paragraph number {index}."
        out.append(paragraph)
        count += len(paragraph.split())
        index += 1
    return "\n\n".join(out) + "\n"
