import litellm
from litellm import acompletion, completion

litellm.drop_params = True


def ask(provider_model: str, prompt: str):
    return completion(model=provider_model, messages=[{"role": "user", "content": prompt}])


def ask_claude(prompt: str):
    return completion("anthropic/claude-3-5-sonnet-20240620", [{"role": "user", "content": prompt}], max_tokens=700)


async def ask_async(prompt: str):
    response = await acompletion(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Reply in JSON."}, {"role": "user", "content": prompt}],
    )
    return response.choices[0].message.content


def ask_module(prompt: str):
    return litellm.completion(model="ollama/llama3", messages=[{"role": "user", "content": prompt}], api_base="http://localhost:11434")
