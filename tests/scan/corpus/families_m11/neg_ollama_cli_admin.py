"""Look-alike: Ollama's command line used to fetch, list and serve models, and an interactive run with no prompt."""

import subprocess

MODEL = "llama3.2:1b"
subprocess.run(["ollama", "pull", MODEL], check=True)
listed = subprocess.check_output(["ollama", "list"], text=True)
server = subprocess.Popen(["ollama", "serve"])
subprocess.call(["ollama", "run", MODEL])
subprocess.run(["git", "run", MODEL], input=b"not a model")
