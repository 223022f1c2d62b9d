from openai import OpenAI


class SQLAssistant:
    MODEL = "gpt-4o"
    SYSTEM = "You translate questions into PostgreSQL. Return only SQL."

    def __init__(self, schema: str):
        self.schema = schema
        self.client = OpenAI()

    def to_sql(self, question: str) -> str:
        resp = self.client.with_options(timeout=20.0).chat.completions.create(
            model=self.MODEL,
            messages=[
                {"role": "system", "content": self.SYSTEM + "\nSchema:\n" + self.schema},
                {"role": "user", "content": question},
            ],
        )
        return resp.choices[0].message.content
