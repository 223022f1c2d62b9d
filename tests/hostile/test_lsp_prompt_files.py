"""Issue 15 item 12: the server reads prompt files only inside a workspace folder or the document's own git
repository; a document outside every folder, an untitled one, or a URI with ``..`` reads nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile.lsp_wire import Server, initialize, initialized, message

SECRET = "secret " * 3000  # ~3,000 tokens: a read file shows in the prompt token count


def _reader(target: str) -> str:
    return (
        "from openai import OpenAI\n"
        "client = OpenAI()\n"
        f"prompt = open({target!r}).read()\n"
        "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': prompt}], max_tokens=9)\n"
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """tmp/ws (the workspace folder), tmp/outside (no repository), tmp/repo (a git repository outside the folder)."""
    for folder in ("ws", "outside", "repo/sub"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "ws" / ".git").mkdir()
    (tmp_path / "repo" / ".git").mkdir()
    for folder in ("ws", "outside", "repo", "repo/sub", ""):
        (tmp_path / folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    return tmp_path


@pytest.fixture
def server(tree: Path) -> Iterator[Server]:
    srv = Server(tree)
    srv.send(initialize(tree / "ws") + initialized())
    srv.response(1)
    yield srv
    srv.close()


def _prompt_codes(server: Server, uri: str, text: str, language: str = "python") -> list[str]:
    """Open the document and return the problem codes on its call (``unresolved-prompt``: nothing was read)."""
    item = {"uri": uri, "languageId": language, "version": 1, "text": text}
    server.send(message({"method": "textDocument/didOpen", "params": {"textDocument": item}}))
    published = server.wait_for(
        lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    )
    return [d.get("code") for d in published["params"]["diagnostics"]]


def test_lsp_document_inside_the_folder_reads_its_prompt_file(server: Server, tree: Path) -> None:
    """The control: the same code inside the workspace folder does read the file."""
    codes = _prompt_codes(server, (tree / "ws" / "app.py").as_uri(), _reader("secret.txt"))
    assert "unresolved-prompt" not in codes


@pytest.mark.parametrize(
    ("document", "target"),
    [
        ("outside/evil.py", "secret.txt"),  # next to the document
        ("evil.py", "outside/secret.txt"),  # below it: file:///evil.py reading /etc/passwd, in a temp folder
        ("evil.py", "{tree}/ws/secret.txt"),  # absolute, even into the workspace folder
    ],
)
def test_lsp_document_outside_every_folder_reads_nothing(
    server: Server, tree: Path, document: str, target: str
) -> None:
    codes = _prompt_codes(server, (tree / document).as_uri(), _reader(target.format(tree=tree)))
    assert "unresolved-prompt" in codes


def test_lsp_document_with_dot_dot_uri_reads_nothing(server: Server, tree: Path) -> None:
    uri = (tree / "ws").as_uri() + "/../outside/evil.py"
    codes = _prompt_codes(server, uri, _reader("secret.txt"))
    assert "unresolved-prompt" in codes


def test_lsp_untitled_document_reads_nothing(server: Server, tree: Path) -> None:
    codes = _prompt_codes(server, "untitled:Untitled-1", _reader(str(tree / "ws" / "secret.txt")))
    assert "unresolved-prompt" in codes


def test_lsp_document_in_its_own_repository_reads_inside_it_only(server: Server, tree: Path) -> None:
    """The allowed case outside the folders (a control: this also held before the fix)."""
    inside = _prompt_codes(server, (tree / "repo" / "sub" / "a.py").as_uri(), _reader("secret.txt"))
    above = _prompt_codes(server, (tree / "repo" / "sub" / "b.py").as_uri(), _reader("../../secret.txt"))
    assert "unresolved-prompt" not in inside
    assert "unresolved-prompt" in above
