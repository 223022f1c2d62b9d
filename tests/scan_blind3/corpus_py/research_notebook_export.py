#!/usr/bin/env python
# coding: utf-8

# # Prompt sensitivity study
# Exported from `notebooks/prompt_sensitivity.ipynb`.

# In[1]:


import json
import openai
import pandas as pd


# In[2]:


df = pd.read_json("data/questions.jsonl", lines=True).head(50)
df.shape


# In[3]:


first = openai.OpenAI().chat.completions.create(model="gpt-4o-2024-08-06", messages=[{"role": "user", "content": df.question[0]}])
print(first.choices[0].message.content)


# In[4]:


models = ["gpt-4o-mini", "gpt-4.1-mini", "o4-mini"]
rows = []
client = openai.OpenAI()
for m in models:
    for q in df.question:
        r = client.chat.completions.create(model=m, messages=[{"role": "user", "content": q}])
        rows.append({"model": m, "q": q, "a": r.choices[0].message.content})


# In[5]:


pd.DataFrame(rows).to_csv("results.csv")
