"""End to end: a syntax error is reported at its line (.py and .ts), and an invalid rice.yaml shows its Error only —
no over-budget Warning computed with the last valid budget — until it is fixed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types as T
from pytest_lsp import LanguageClient

from .conftest import APP_PY, RICE_YAML, change_doc, diagnostics_for, inlay_hints, open_doc, wait_until

CALL_LINE = 6
TS_APP = """\
import OpenAI from "openai";

const client = new OpenAI();

export async function answer(question: string) {
  return client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
}

const label = "😀日本" + ) 2;
"""


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _syntax_error(diags: list[T.Diagnostic]) -> T.Diagnostic:
    [diag] = [d for d in diags if d.code == "syntax-error"]
    return diag


async def test_python_syntax_error_is_on_its_line_and_column(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "broken.py").as_uri()
    bad_line = 'label = "😀日本" + * 2'
    text = APP_PY + "\n\n" + bad_line + "\n"
    open_doc(client, uri, text)
    diag = _syntax_error(await diagnostics_for(client, uri, lambda d: any(x.code == "syntax-error" for x in d)))
    line0 = text.splitlines().index(bad_line)
    assert line0 > 0
    assert diag.range.start == T.Position(line0, _utf16_len(bad_line[: bad_line.index("*")]))
    assert diag.range.end == T.Position(line0, _utf16_len(bad_line))
    assert diag.severity == T.DiagnosticSeverity.Information
    assert CALL_LINE in [h.position.line for h in await inlay_hints(client, uri)]  # the valid call still counts

    fixed = text.replace(bad_line, "label = 2")
    change_doc(client, uri, fixed, 2)
    await diagnostics_for(client, uri, lambda d: not any(x.code == "syntax-error" for x in d), version=2)


async def test_typescript_syntax_error_is_on_its_line_and_column(client: LanguageClient, workspace: Path) -> None:
    uri = (workspace / "broken.ts").as_uri()
    open_doc(client, uri, TS_APP, "typescript")
    diag = _syntax_error(await diagnostics_for(client, uri, lambda d: any(x.code == "syntax-error" for x in d)))
    bad_line = TS_APP.splitlines()[-1]
    assert diag.range.start == T.Position(len(TS_APP.splitlines()) - 1, _utf16_len(bad_line[: bad_line.index(")")]))


def _track_publications(client: LanguageClient, uri: str) -> list[tuple[int, list[T.Diagnostic]]]:
    """Every diagnostics publication for ``uri``, in order (pytest-lsp keeps only the latest), each with the number
    of ``rice/workspaceTotal`` notifications received before it."""
    publications: list[tuple[int, list[T.Diagnostic]]] = []
    totals = client.totals  # type: ignore[attr-defined]
    features = client.protocol.fm.features
    original = features[T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def on_diagnostics(params: T.PublishDiagnosticsParams) -> Any:
        if params.uri == uri:
            publications.append((len(totals), list(params.diagnostics)))
        return original(params)

    features[T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = on_diagnostics
    return publications


def _codes(diags: list[T.Diagnostic]) -> list[str]:
    return sorted(str(d.code) for d in diags)


async def test_invalid_rice_yaml_shows_its_error_without_a_stale_over_budget_warning(
    client: LanguageClient, workspace: Path
) -> None:
    totals = client.totals  # type: ignore[attr-defined]
    config = workspace / "rice.yaml"
    config_uri = config.as_uri()
    publications = _track_publications(client, config_uri)
    tiny = RICE_YAML.replace("co2e_kg: 1000", "co2e_kg: 0.000001")
    _save(client, config, tiny)
    # only the total computed with the tiny budget is over budget, and no other total is pending after it
    await diagnostics_for(client, config_uri, lambda d: _codes(d) == ["over-budget"])

    broken = tiny.replace("period: month", "period: fortnight")
    seen_totals, seen_publications = len(totals), len(publications)
    _save(client, config, broken)
    # a workspace total sent after the change (still with the last valid budget) is followed by a publication
    await wait_until(lambda: any(count > seen_totals for count, _ in publications[seen_publications:]))
    since_change = [items for _, items in publications[seen_publications:]]
    assert all(_codes(items) == ["invalid-config"] for items in since_change), since_change
    assert totals[-1]["share"] > 1  # the stale total is over budget, yet not shown
    error = since_change[-1][0]
    assert error.severity == T.DiagnosticSeverity.Error
    assert error.range.start.line == broken.splitlines().index("  period: fortnight")

    _save(client, config, tiny)  # valid again: the warning comes back
    await diagnostics_for(client, config_uri, lambda d: _codes(d) == ["over-budget"])


def _save(client: LanguageClient, config: Path, text: str) -> None:
    config.write_text(text, encoding="utf-8")
    client.workspace_did_change_watched_files(
        T.DidChangeWatchedFilesParams(changes=[T.FileEvent(uri=config.as_uri(), type=T.FileChangeType.Changed)])
    )
