#!/usr/bin/env python3
"""A plain Python script that counts what `netmetrics inspect` counts, with the standard
library's json and csv modules: the yardstick of docs/performance.md ("at least 5 times
faster than a plain Python script").

It reads unzipped exports (folders) of LinkedIn, Facebook and X, repairs Facebook's mojibake on
every string it reads, and prints one JSON object of counts. It is deliberately what a careful
person would write in an afternoon: whole files through json.load, rows through csv.reader.
Usage: inspect_reference.py FOLDER...
"""
import csv
import json
import os
import re
import sys


def repair(text):
    """Facebook writes UTF-8 as one \\u00XX per byte: take the Latin-1 bytes, decode as UTF-8."""
    if not isinstance(text, str) or not text or max(text) > "\xff":
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text


def repair_all(value):
    if isinstance(value, str):
        return repair(value)
    if isinstance(value, list):
        return [repair_all(v) for v in value]
    if isinstance(value, dict):
        return {k: repair_all(v) for k, v in value.items()}
    return value


def csv_rows(path, required):
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = None
        for row in reader:
            if header is None:
                names = [c.strip() for c in row]
                if all(r in names for r in required):
                    header = names
                continue
            if any(c.strip() for c in row):
                yield dict(zip(header, row))


def linkedin(root, counts):
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            lower = name.lower()
            if lower == "connections.csv":
                counts["connections"] = counts.get("connections", 0) + sum(1 for _ in csv_rows(path, ["First Name", "Connected On"]))
            elif lower == "messages.csv":
                n = 0
                for row in csv_rows(path, ["FROM", "TO", "DATE"]):
                    if row.get("IS MESSAGE DRAFT", "No") != "Yes" and row.get("IS CONVERSATION DRAFT", "No") != "Yes":
                        n += 1
                counts["messages"] = counts.get("messages", 0) + n
            elif lower == "invitations.csv":
                counts["invitations"] = counts.get("invitations", 0) + sum(1 for _ in csv_rows(path, ["From", "To", "Sent At"]))


def facebook(root, counts):
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if not name.endswith(".json"):
                continue
            with open(path, encoding="utf-8") as f:
                data = repair_all(json.load(f))
            if isinstance(data, dict) and "friends_v2" in data:
                counts["connections"] = counts.get("connections", 0) + len(data["friends_v2"])
            elif isinstance(data, dict) and "deleted_friends_v2" in data:
                counts["removed"] = counts.get("removed", 0) + len(data["deleted_friends_v2"])
            elif isinstance(data, dict) and "messages" in data and "participants" in data:
                n = 0
                for m in data["messages"]:
                    if "call_duration" in m or m.get("type") == "Call":
                        continue
                    if m.get("content") is None and not any(k in m for k in ("photos", "videos", "audio_files", "gifs", "files", "sticker", "share")):
                        continue
                    n += 1
                counts["messages"] = counts.get("messages", 0) + n


YTD = re.compile(r"^\s*window\.[A-Za-z_.0-9]+\s*=\s*")


def load_js(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return json.loads(YTD.sub("", text, count=1).rstrip().rstrip(";"))


def twitter(root, counts):
    ids = set()
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            if re.fullmatch(r"follower(-part\d+)?\.js", name):
                counts["followers"] = counts.get("followers", 0) + len(load_js(path))
            elif re.fullmatch(r"following(-part\d+)?\.js", name):
                counts["following"] = counts.get("following", 0) + len(load_js(path))
            elif re.fullmatch(r"direct-messages(-group)?(-part\d+)?\.js", name):
                for item in load_js(path):
                    for m in item["dmConversation"]["messages"]:
                        create = m.get("messageCreate")
                        if create:
                            ids.add(create["id"])
    counts["messages"] = counts.get("messages", 0) + len(ids)


def main(paths):
    result = {}
    for path in paths:
        name = os.path.basename(os.path.normpath(path)).lower()
        counts = {}
        if "linkedin" in name:
            linkedin(path, counts)
            result["LinkedIn"] = counts
        elif "facebook" in name:
            facebook(path, counts)
            result["Facebook"] = counts
        elif "twitter" in name or os.path.exists(os.path.join(path, "data", "manifest.js")):
            twitter(path, counts)
            result["Twitter"] = counts
    print(json.dumps(result, indent=2, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
