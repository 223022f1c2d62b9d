from langchain_google_genai import ChatGoogleGenerativeAI

llm = ChatGoogleGenerativeAI(model="gemini-1.5-pro", temperature=0.7)


def stream_story(topic: str):
    for chunk in llm.stream(f"Tell a bedtime story about {topic}."):
        yield chunk.content
