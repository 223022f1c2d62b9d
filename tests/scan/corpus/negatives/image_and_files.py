from openai import OpenAI

client = OpenAI()


def make_logo(description: str) -> str:
    image = client.images.generate(model="dall-e-3", prompt=description, size="1024x1024")
    return image.data[0].url


def upload(path: str) -> str:
    return client.files.create(file=open(path, "rb"), purpose="fine-tune").id


def list_models() -> list[str]:
    return [m.id for m in client.models.list()]
