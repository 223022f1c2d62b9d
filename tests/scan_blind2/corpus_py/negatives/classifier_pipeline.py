from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from transformers import AutoTokenizer, pipeline

sentiment = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")
tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")
clf = Pipeline([("tfidf", TfidfVectorizer()), ("lr", LogisticRegression())])


def score(texts: list[str]):
    n = len(tok.apply_chat_template([{"role": "user", "content": texts[0]}], tokenize=True))
    return sentiment(texts), n, clf.predict(texts)
