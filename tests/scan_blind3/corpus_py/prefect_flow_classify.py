from prefect import flow, task, get_run_logger
import anthropic

CLASSIFIER_MODEL = "claude-3-5-haiku-20241022"
LABELS = ["billing", "bug", "feature-request", "other"]

_client = anthropic.Anthropic()


@task(retries=3, retry_delay_seconds=[1, 5, 20])
def classify(text: str) -> str:
    msg = _client.messages.create(
        model=CLASSIFIER_MODEL,
        max_tokens=10,
        system="Answer with exactly one label from: " + ", ".join(LABELS),
        messages=[{"role": "user", "content": text}],
    )
    label = msg.content[0].text.strip().lower()
    return label if label in LABELS else "other"


@flow(name="classify-feedback")
def classify_feedback(rows: list[str]) -> dict[str, int]:
    logger = get_run_logger()
    counts: dict[str, int] = {}
    for label in classify.map(rows).result():
        counts[label] = counts.get(label, 0) + 1
    logger.info("counts=%s", counts)
    return counts


if __name__ == "__main__":
    classify_feedback(["I was charged twice", "dark mode please"])
