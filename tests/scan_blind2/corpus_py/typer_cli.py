from pathlib import Path

import typer
from groq import Groq

app = typer.Typer()


@app.command()
def summarize(path: Path, model: str = typer.Option("llama-3.3-70b-versatile", help="Groq model")) -> None:
    text = path.read_text()
    client = Groq()
    out = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": f"Summarize:\n{text}"}],
        max_tokens=300,
    )
    typer.echo(out.choices[0].message.content)


if __name__ == "__main__":
    app()
