from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

clf = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
pipe = Pipeline([("tfidf", TfidfVectorizer()), ("lr", LogisticRegression())])


def train(texts, labels):
    pipe.fit(texts, labels)
    return pipe.predict(["openai chat completion"])
