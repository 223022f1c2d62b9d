"""git-aicommit: write a commit message for the staged diff."""
import subprocess

import click
from anthropic import Anthropic


@click.command()
@click.option("--model", default="claude-3-5-haiku-latest", show_default=True)
@click.option("--max-tokens", default=300, type=int)
def main(model: str, max_tokens: int) -> None:
    diff = subprocess.run(["git", "diff", "--cached"], capture_output=True, text=True).stdout
    if not diff.strip():
        raise click.ClickException("nothing staged")
    client = Anthropic()
    with client.messages.stream(
        model=model,
        max_tokens=max_tokens,
        system="Write a conventional commit message. First line <= 72 chars.",
        messages=[{"role": "user", "content": diff[:20000]}],
    ) as stream:
        for text in stream.text_stream:
            click.echo(text, nl=False)
    click.echo()


if __name__ == "__main__":
    main()
