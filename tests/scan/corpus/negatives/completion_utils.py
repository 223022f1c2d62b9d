"""Shell-completion helpers for our CLI (the word 'completion' is unrelated to LLMs)."""
import argparse


def completion_script(shell: str) -> str:
    if shell == "bash":
        return "complete -F _mycli mycli"
    return ""


def add_completion_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--completion", choices=["bash", "zsh"])
