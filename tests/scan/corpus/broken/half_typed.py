from openai import OpenAI

client = OpenAI()


def first(q):
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])


def being_edited(q):
    r = client.chat.completions.create(model="gpt-4o", messages=[
        {"role": "user", "content": q


def last(q):
    return client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": q}], max_tokens=50)
