#!/usr/bin/env python3
"""EXPERIMENT (docs/linkgrammar.md): sentences of news-dev for timing the parser, and a count of the
sentences the rules may find hard to bind.

    news_sentences.py CORPUS.jsonl sample N     N sentences spread evenly over the corpus (id<TAB>sentence)
    news_sentences.py CORPUS.jsonl hard         the sentences the proxy below calls hard (id<TAB>sentence)
    news_sentences.py CORPUS.jsonl count        how many sentences, how many hard, per 1,000

The splitter is deliberately simple (end punctuation followed by a capital, or a line break); the
proxy for "hard" is the brief's: two or more person-like names and two or more numbers, or
"respectively".  Names are two capitalised words in a row ("Maria Lopez"), not a regex NER: the
count is an estimate.
"""
import json
import re
import sys

SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\s*\n\s*")
NOT_FIRST_NAMES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "It", "He", "She", "They", "This", "That", "New",
    "United", "North", "South", "East", "West", "Los", "San", "Las", "White", "Supreme", "National",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mr", "Mrs", "Ms", "Dr", "President", "Gov", "Sen", "Rep", "Associated", "Getty", "AP", "Twitter",
}
NAME = re.compile(r"\b([A-Z][a-z]+)(?: [A-Z]\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
NUMBER = re.compile(r"(?<![\w.])\$?\d[\d,]*(?:\.\d+)?(?![\d])")
YEAR = re.compile(r"^(1[89]|20)\d\d$")


def sentences(path):
    for line in open(path, encoding="utf-8"):
        article = json.loads(line)
        for i, s in enumerate(SPLIT.split(article["text"])):
            s = " ".join(s.split())
            if 4 <= len(s.split()) <= 80:  # drop page furniture and run-ons the splitter missed
                yield f"{article['id']}-{i}", s


def is_hard(s):
    names = {m.group(0) for m in NAME.finditer(s) if m.group(1) not in NOT_FIRST_NAMES}
    numbers = [n for n in NUMBER.findall(s) if not YEAR.match(n)]
    return "respectively" in s or (len(names) >= 2 and len(numbers) >= 2)


def main(path, mode, n=None):
    all_sentences = list(sentences(path))
    if mode == "sample":
        step = len(all_sentences) / int(n)
        for k in range(int(n)):
            print("\t".join(all_sentences[int(k * step)]))
    elif mode == "hard":
        for sid, s in all_sentences:
            if is_hard(s):
                print(f"{sid}\t{s}")
    elif mode == "count":
        hard = sum(1 for _, s in all_sentences if is_hard(s))
        respectively = sum(1 for _, s in all_sentences if "respectively" in s)
        print(f"sentences {len(all_sentences)}, hard {hard} ({1000 * hard / len(all_sentences):.1f} per 1,000; "
              f"'respectively' {respectively})")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
