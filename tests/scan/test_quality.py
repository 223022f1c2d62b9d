"""Recall, precision and model-resolution accuracy on the labelled fixture corpus (floors, not exact values)."""

from __future__ import annotations

from pathlib import Path

from rice_core.scan import scan_paths
from rice_core.scan.quality import evaluate, load_labels

CORPUS = Path(__file__).parent / "corpus"


def test_corpus_size_and_labels() -> None:
    files = [p for p in CORPUS.rglob("*") if p.is_file() and p.name != "labels.yaml"]
    labels = load_labels(CORPUS / "labels.yaml")
    assert len(files) >= 80 and len(labels) >= 100
    sdks = {entry["sdk"] for entry in labels.values()}
    assert {
        "openai",
        "anthropic",
        "litellm",
        "langchain",
        "llama_index",
        "google-genai",
        "google-generativeai",
        "mistralai",
        "cohere",
        "ollama",
        "huggingface_hub",
        "transformers",
        "vllm",
        "prompt-file",
        "bedrock",
        "vertexai",
        "http-openai",
    } <= sdks
    assert all((CORPUS / f).is_file() for f, _ in labels)


def test_quality_floors() -> None:
    result = scan_paths([str(CORPUS)], root=str(CORPUS), use_cache=False, workers=1)
    quality = evaluate(result.calls, load_labels(CORPUS / "labels.yaml"))
    report = "\n".join([quality.summary(), *quality.missed, *quality.spurious, *quality.wrong_model])
    assert quality.recall >= 0.95, report
    assert quality.precision >= 0.95, report
    assert quality.model_accuracy >= 0.90, report
    assert quality.unknowable_flagged == quality.unknowable, report


def test_file_problems_of_the_corpus() -> None:
    result = scan_paths([str(CORPUS / "broken")], root=str(CORPUS), use_cache=False)
    assert sorted((p.path, p.code) for p in result.problems) == [
        ("broken/bad_indent.py", "syntax-error"),
        ("broken/half_typed.py", "syntax-error"),
        ("broken/not_utf8.py", "file-unreadable"),
    ]
