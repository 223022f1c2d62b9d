import anthropic

client = anthropic.Anthropic()

class Summarizer:
    def summarize(self, text):
        return client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                      messages=[{"role": "user", "content": "Summarize: " + text}])

    def broken(self):
      if True
            pass

def standalone(text):
    return client.messages.create(model="claude-3-opus-latest", max_tokens=100, messages=[{"role": "user", "content": text}])
