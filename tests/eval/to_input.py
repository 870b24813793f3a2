#!/usr/bin/env python3
"""Turns a score.py gold file (JSON, JSON array or JSON Lines) into eventgraph
input: JSON Lines of {"id", "text", "date"}. Usage: to_input.py GOLD > input.jsonl"""
import json
import sys


def load(path):
    data = open(path, encoding="utf-8").read().strip()
    if data.startswith("["):
        return json.loads(data)
    if data.startswith("{") and "\n{" not in data:
        return [json.loads(data)]
    return [json.loads(line) for line in data.splitlines() if line.strip()]


for doc in load(sys.argv[1]):
    out = {"id": doc["id"], "text": doc["text"]}
    if doc.get("dct"):
        out["date"] = doc["dct"]
    if doc.get("title"):
        out["title"] = doc["title"]
    print(json.dumps(out, ensure_ascii=False))
