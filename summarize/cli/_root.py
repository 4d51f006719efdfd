"""The top level: --version, shell completion, help that shows flags as flags, examples, and
`summarize config`."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.markup import escape
from typer import core as typer_core
from typer._completion_classes import completion_init
from typer._completion_shared import get_completion_script, install

from summarize.cli._app import app, user_errors

PROG_NAME = "summarize"
COMPLETE_VAR = "_SUMMARIZE_COMPLETE"

# --- help: a flag takes no value, so show none -------------------------------------------------
# typer's rich help prints the type of every option, "<bool>" for flags (`--no-gate <bool>`,
# `--help <bool>`), which reads as if the flag wanted a value. Options that are flags or counters
# show nothing in that column, as in click's plain help.
_display_type_rich = typer_core.TyperOption.display_type_rich


def _flag_aware_display_type(self: typer_core.TyperOption, ctx: Any) -> str | None:
    if self.is_flag or self.count:
        return None
    shown: str | None = _display_type_rich(self, ctx)
    return shown


typer_core.TyperOption.display_type_rich = _flag_aware_display_type  # type: ignore[method-assign]


def examples(*lines: str) -> str:
    """A help epilog: 'Examples' and one command per paragraph (no rich markup inside)."""
    return "\n\n".join(["[bold]Examples[/]", *(f"  {escape(line)}" for line in lines)])


# --- version and completion --------------------------------------------------------------------


def versions() -> dict[str, str]:
    """The package, schema (and its hash), prompt and store versions."""
    from importlib.metadata import PackageNotFoundError, version

    from summarize.extract.llm import load_prompt
    from summarize.schema import SCHEMA_VERSION, schema_hash
    from summarize.store import STORE_VERSION

    try:
        package = version("summarize")
    except PackageNotFoundError:  # run from a source tree that is not installed
        package = "unknown"
    return {
        "summarize": package,
        "schema": f"{SCHEMA_VERSION} ({schema_hash()})",
        "prompt": load_prompt().version,
        "store": STORE_VERSION,
    }


def _print_version(value: bool) -> None:
    if not value:
        return
    numbers = versions()
    typer.echo(
        f"summarize {numbers['summarize']} (schema {numbers['schema']}, "
        f"prompt {numbers['prompt']}, store {numbers['store']})"
    )
    raise typer.Exit()


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"
    pwsh = "pwsh"


def _show_completion(value: Shell | None) -> None:
    if value is None:
        return
    completion_init()
    typer.echo(
        get_completion_script(prog_name=PROG_NAME, complete_var=COMPLETE_VAR, shell=value.value)
    )
    raise typer.Exit()


def _install_completion(value: Shell | None) -> None:
    if value is None:
        return
    completion_init()
    shell, path = install(shell=value.value, prog_name=PROG_NAME, complete_var=COMPLETE_VAR)
    typer.echo(f"{shell} completion installed in {path}; it takes effect in a new shell")
    raise typer.Exit()


completion_init()  # so that `_SUMMARIZE_COMPLETE=complete_bash summarize ...` answers


@app.callback(
    epilog=examples(
        "summarize brief articles/ --format all -o briefings/",
        "summarize --show-completion bash > ~/.local/share/bash-completion/completions/summarize",
        "summarize logs --since 2025-01-01 --json",
    )
)
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Print the package, schema, prompt and store versions and exit.",
        ),
    ] = False,
    show_completion: Annotated[
        Shell | None,
        typer.Option(
            "--show-completion",
            metavar="SHELL",
            callback=_show_completion,
            is_eager=True,
            help="Print the completion script for SHELL (bash, zsh, fish, powershell, pwsh).",
        ),
    ] = None,
    install_completion: Annotated[
        Shell | None,
        typer.Option(
            "--install-completion",
            metavar="SHELL",
            callback=_install_completion,
            is_eager=True,
            help="Install completion for SHELL in its usual place.",
        ),
    ] = None,
) -> None:
    """Grounded, structured summaries of conflict news, merged into daily briefings."""


# --- summarize config ----------------------------------------------------------------------------

config_app = typer.Typer(
    no_args_is_help=True,
    help="Where the config file is and what the settings are.",
)
app.add_typer(config_app, name="config")


@config_app.command(
    "path", epilog=examples("summarize config path", "$EDITOR $(summarize config path)")
)
@user_errors
def config_path_command() -> None:
    """Print the config file's path (SUMMARIZE_CONFIG, else the user config directory); it
    need not exist."""
    from summarize.config import config_path

    typer.echo(str(config_path()))


@config_app.command(
    "show", epilog=examples("summarize config show", "summarize config show --json")
)
@user_errors
def config_show_command(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Print the effective settings (environment over config file over defaults; the API key
    masked)."""
    from summarize.config import effective_settings

    shown = effective_settings()
    if as_json:
        typer.echo(json.dumps(shown, indent=2))
        return
    for name, value in shown.items():
        typer.echo(f"{name} = {'' if value is None else value}")
