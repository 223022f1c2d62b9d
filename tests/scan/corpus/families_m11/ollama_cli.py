"""Offline notes helper: local models run through the Ollama command line, the prompt on stdin or as the last
argument."""

import asyncio
import subprocess

NOTES_MODEL = "qwen2.5:3b"


def summarise(text: str, model: str = "llama3.2:1b") -> str:
    prompt = f"Summarise these notes in three bullet points:\n{text}"
    done = subprocess.run(["ollama", "run", model], input=prompt.encode("utf-8"), capture_output=True)
    return done.stdout.decode("utf-8")


def title(text: str) -> str:
    return subprocess.check_output(["ollama", "run", NOTES_MODEL, f"A five-word title for: {text}"], text=True)


async def tags(text: str) -> bytes:
    proc = await asyncio.create_subprocess_exec("ollama", "run", NOTES_MODEL, f"Three tags for: {text}")
    out, _ = await proc.communicate()
    return out
