"""`summarize feeds add|list|remove`: the RSS and Atom feeds `run --feeds` and `brief --feeds`
check for new articles."""

from __future__ import annotations

from typing import Annotated

import typer

from summarize.cli._app import app, user_errors
from summarize.cli._root import examples
from summarize.cli.run import DbOption, feeds_file, say, store_path
from summarize.errors import printable

feeds_app = typer.Typer(
    no_args_is_help=True,
    help="Follow RSS and Atom feeds: `run --feeds` and `brief --feeds` take their new entries.",
)
app.add_typer(feeds_app, name="feeds")

FeedUrl = Annotated[str, typer.Argument(metavar="URL", help="The feed's http(s) URL.")]


@feeds_app.command(
    epilog=examples("summarize feeds add https://example.org/world/rss.xml"),
)
@user_errors
def add(url: FeedUrl, db: DbOption = None) -> None:
    """Follow a feed (RSS or Atom). It is first fetched by the next `run --feeds`."""
    from summarize.feeds import FeedList

    with FeedList(feeds_file(store_path(db))) as feeds:
        added = feeds.add(url)
    say(f"{'following' if added else 'already following'} {url}")


@feeds_app.command("list")
@user_errors
def list_feeds(db: DbOption = None) -> None:
    """The followed feeds: entries seen, stored and failed, and the last error."""
    from summarize.feeds import FeedList

    with FeedList(feeds_file(store_path(db))) as feeds:
        followed = feeds.feeds()
    if not followed:
        say("no feeds followed: add one with `summarize feeds add URL`")
        return
    for feed in followed:
        checked = feed.checked_at or "never checked"
        line = (
            f"{feed.url}\t{feed.entries} entries, {feed.stored} stored, {feed.failed} failed"
            f"\tchecked: {checked}"
        )
        if feed.last_error:
            line += f"\terror: {feed.last_error}"
        typer.echo(printable(line).replace("\\t", "\t"))


@feeds_app.command()
@user_errors
def remove(url: FeedUrl, db: DbOption = None) -> None:
    """Stop following a feed (its articles stay in the store)."""
    from summarize.feeds import FeedList

    with FeedList(feeds_file(store_path(db))) as feeds:
        feeds.remove(url)
    say(f"no longer following {url}")
