#!/usr/bin/env python
# coding: utf-8

# # Summarising arXiv abstracts
# Exported from `summarize.ipynb`.

# In[1]:


import os
import pandas as pd
from anthropic import Anthropic


# In[2]:


df = pd.read_csv("abstracts.csv")
df.head()


# In[3]:


client = Anthropic()
MODEL = "claude-3-5-haiku-20241022"


# In[4]:


def summarize(abstract):
    message = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": f"Summarise in one sentence:\n\n{abstract}"}],
    )
    return message.content[0].text


# In[5]:


df["summary"] = df["abstract"].head(20).apply(summarize)


# In[ ]:


df.to_csv("summaries.csv", index=False)
