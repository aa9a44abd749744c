#!/usr/bin/env python3
"""Fails when any language's Recall@3 falls below its floor. Usage: recall-gate.py FLOORS.json SCORES.json"""
import json, sys

floors = json.load(open(sys.argv[1], encoding="utf-8"))["recall_at_3"]
scores = json.load(open(sys.argv[2], encoding="utf-8"))
failed = []
for language, floor in sorted(floors.items()):
    got = scores.get(language, {}).get("R@3", 0.0)
    verdict = "ok" if got >= floor else "BELOW FLOOR"
    print(f"gate {language}: Recall@3 {got:.3f} (floor {floor:.3f}) {verdict}")
    if got < floor:
        failed.append(language)
if failed:
    print(f"search quality gate failed for: {', '.join(failed)}")
    sys.exit(1)
print("search quality gate passed")
