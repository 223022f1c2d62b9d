"""Expected problems are data with a stable code; the CLI prints them as rows, the server as diagnostic codes.

Every code any part of R-ICE emits is registered here with a one-line meaning, so the README table, the
LSP ``codeDescription`` links and the tests all share one list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["info", "warning", "error"]

CODES: dict[str, str] = {
    # estimator
    "unknown-model": "The model name is not in the catalog; a default or the closest match was used.",
    "closed-model-params-estimated": "Parameter count of a closed model is a published estimate, not a disclosed figure.",
    "extrapolated-prompt-length": "Prompt is longer than the training data (1,920 tokens); prefill time is extrapolated.",
    "extrapolated-output-length": "Output is longer than the training data; decode time is extrapolated.",
    "extrapolated-model-size": "Model size is outside the training data's range; runtime is extrapolated.",
    "default-hardware": "No hardware was given; the provider profile's or the default hardware was assumed.",
    "default-region": "No region was given; the world-average grid intensity was used.",
    "default-batch-size": "Batch size comes from the provider profile, not from the caller.",
    # scanner
    "unresolved-model": "The model argument could not be resolved statically; the configured default model was used.",
    "model-from-env": "The model comes from an environment variable; its default value was used.",
    "model-from-sdk-default": "The call names no model; the SDK's documented default model was used.",
    "model-from-setting": "The model comes from an editor/application setting (getConfiguration().get); its default value was used.",
    "unresolved-prompt": "The prompt could not be resolved statically; its token count is a default.",
    "prompt-placeholders-estimated": "The prompt has template placeholders; each was counted as a configured number of tokens.",
    "default-output-tokens": "The call sets no max output tokens; the configured default was used.",
    "syntax-error": "The file has a syntax error; only the parts that parse were scanned.",
    "file-unreadable": "The file could not be read or decoded.",
    "file-too-large": "The file is larger than the scanner's limit and was skipped.",
    "file-too-deep": "The code nests too deeply to analyse (parser or recursion limit); the file was skipped.",
    "file-too-complex": "Parsing the file would exceed the scanner's memory or time limit; the file was skipped.",
    "frontend-missing": "No scanner front end is installed for this file type; the file was skipped.",
    "scanner-error": "The scanner failed on this file (a bug in R-ICE, please report it); the file was skipped.",
    # budget gate
    "invalid-volume-annotation": "A `# rice: volume=` annotation could not be parsed; the configured volume was used.",
    "over-call-ceiling": "One request of this call emits more than budget.per_call_co2e_g.",
    "unpriced-call": "The call could not be estimated, so it is left out of the projected total.",
    # language server
    "over-budget": "The repository's projected CO2e at the configured volume exceeds budget.co2e_kg.",
    "over-water-cap": "The repository's projected water at the configured volume exceeds budget.water_l.",
    "invalid-config": "rice.yaml (or [tool.rice]) is invalid; the editor keeps the last valid configuration (or the defaults).",
}


@dataclass(frozen=True)
class Problem:
    """One expected problem: a stable ``code`` from ``CODES``, a plain-words message and a severity.

    ``line`` (1-based) and ``column`` (0-based, code points) locate a file-level problem such as a syntax error;
    None when the problem has no place in the text."""

    code: str
    message: str
    severity: Severity = "warning"
    line: int | None = None
    column: int | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unregistered problem code {self.code!r}; add it to rice_core.problems.CODES")
