from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

anthropic_client = Anthropic()


def old_style(question):
    completion = anthropic_client.completions.create(
        model="claude-2.1",
        max_tokens_to_sample=300,
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
    )
    return completion.completion
