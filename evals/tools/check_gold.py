"""Check gold (or reference) annotation files: schema 2 contract, verbatim quotes, full grounding.

    .venv/bin/python evals/tools/check_gold.py evals/gold/101_*.json [more files]
    .venv/bin/python evals/tools/check_gold.py --articles DIR gold/*.json   # a set kept elsewhere

An annotation file `<id>.json` belongs to the article `<id>.*` in seeds/ or evals/articles/
(or in the folders given with `--articles`).
Exit 0 when every file is clean; otherwise each problem is printed and the exit code is 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pydantic import ValidationError

from summarize.ground import ground_draft
from summarize.ingest import load_article
from summarize.schema import ArticleDraft, contract_problems

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = (ROOT / "seeds", ROOT / "evals" / "articles")
ITEM_LISTS = ("parties", "people", "positions", "ceasefire_calls", "figures")


def article_path(article_id: str, folders: tuple[Path, ...] = ARTICLE_DIRS) -> Path | None:
    for folder in folders:
        found = sorted(p for p in folder.glob(f"{article_id}.*") if p.suffix != ".json")
        if found:
            return found[0]
    return None


def problems(path: Path, folders: tuple[Path, ...] = ARTICLE_DIRS) -> list[str]:
    source = article_path(path.stem, folders)
    if source is None:
        return [f"no article {path.stem}.* in {', '.join(str(f) for f in folders)}"]
    try:
        draft = ArticleDraft.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as error:
        return [f"schema: {e['loc']}: {e['msg']}" for e in error.errors()]
    article = load_article(source)
    found = [f"contract: {problem}" for problem in contract_problems(draft)]
    for name in ITEM_LISTS:
        for index, item in enumerate(getattr(draft, name)):
            if item.evidence not in article.text:
                found.append(f"{name}[{index}]: quote not verbatim: {item.evidence!r}")
    grounding = ground_draft(article, draft)
    found += [
        f"not grounded: {r.kind}: {r.item.evidence!r}: {r.reason}" for r in grounding.rejected
    ]
    return found


def main(arguments: list[str]) -> int:
    folders = ARTICLE_DIRS
    paths = list(arguments)
    while "--articles" in paths:
        at = paths.index("--articles")
        if at + 1 >= len(paths):
            print("--articles needs a folder", file=sys.stderr)
            return 2
        folders = (*(() if folders is ARTICLE_DIRS else folders), Path(paths[at + 1]))
        del paths[at : at + 2]
    bad = 0
    for name in paths:
        path = Path(name)
        issues = problems(path, folders)
        counts = ""
        if not issues:
            draft = ArticleDraft.model_validate_json(path.read_text(encoding="utf-8"))
            counts = ", ".join(f"{n} {len(getattr(draft, n))}" for n in ITEM_LISTS)
        print(f"{path.name}: {'ok (' + counts + ')' if not issues else 'PROBLEMS'}")
        for issue in issues:
            print(f"  - {issue}")
        bad += bool(issues)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
