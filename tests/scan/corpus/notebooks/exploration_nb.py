# %% [markdown]
# # Exploring GPT-4o on our FAQ data
# This notebook was exported to a script with jupytext.

# %%
import pandas as pd
from openai import OpenAI

client = OpenAI()
df = pd.read_csv("faq.csv")
df.head()

# %%
question = df.iloc[0]["question"]
resp = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}])
print(resp.choices[0].message.content)

# %%
answers = []
for q in df["question"][:20]:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Answer in one sentence."}, {"role": "user", "content": q}],
    )
    answers.append(r.choices[0].message.content)
df.loc[:19, "answer"] = answers
