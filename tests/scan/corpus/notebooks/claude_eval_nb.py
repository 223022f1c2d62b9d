# %%
import json
import anthropic

# %%
c = anthropic.Anthropic()
samples = json.load(open("samples.json"))

# %%
def judge(reference, candidate):
    prompt = f"""Compare the candidate answer to the reference.
Reference: {reference}
Candidate: {candidate}
Reply with a score between 1 and 5 and nothing else."""
    out = c.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": prompt}])
    return int(out.content[0].text)

# %%
scores = [judge(s["reference"], s["candidate"]) for s in samples]
sum(scores) / len(scores)
