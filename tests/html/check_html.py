#!/usr/bin/python3
"""Checks of debrief's HTML output for tests/e2e/report_html.sh (Debian's python3-html5lib and
python3-pil):
  check_html.py valid FILE...    each parses with html5lib in strict mode, holds no <script>,
                                 and fetches nothing (no http:, https: or // in src or href, no
                                 @import, no url( other than data:)
  check_html.py png FILE MIN     the screenshot has at least MIN distinct colours (not blank)
Exits 1 with the reason on the first failure."""
import re
import sys


def fail(msg):
    print(f"check_html: {msg}", file=sys.stderr)
    sys.exit(1)


def valid(path):
    import html5lib
    text = open(path, encoding="utf-8").read()
    try:
        doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    except html5lib.html5parser.ParseError as e:
        fail(f"{path}: not valid HTML: {e}")
    if doc.findall(".//script") or re.search(r"<\s*script", text, re.I):
        fail(f"{path}: holds a <script>")
    for el in doc.iter():
        for name, value in el.attrib.items():
            local = name.split("}")[-1].lower()
            if local in ("src", "href") and re.match(r"\s*(https?:|//)", value, re.I):
                fail(f"{path}: <{el.tag} {local}={value!r}> fetches from the network")
    if re.search(r"@import", text, re.I):
        fail(f"{path}: holds @import")
    for m in re.finditer(r"url\(\s*['\"]?([^'\")]*)", text, re.I):
        if not m.group(1).lower().startswith("data:"):
            fail(f"{path}: url({m.group(1)}) is not a data: URL")
    if re.search(r"https?://", text, re.I):
        fail(f"{path}: names a network address")


def png(path, least):
    from PIL import Image
    img = Image.open(path).convert("RGB")
    colours = img.getcolors(maxcolors=1 << 24)
    if len(colours) < least:
        fail(f"{path}: {len(colours)} colours (expected at least {least}): blank?")
    # Not a page of one colour with a few dots: the most common colour (the background) leaves
    # a real share of the picture to the rest.
    top = max(c for c, _ in colours)
    if top > 0.995 * img.width * img.height:
        fail(f"{path}: {top} of {img.width * img.height} pixels are one colour")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "valid":
        for f in sys.argv[2:]:
            valid(f)
    elif len(sys.argv) == 4 and sys.argv[1] == "png":
        png(sys.argv[2], int(sys.argv[3]))
    else:
        fail("usage: check_html.py valid FILE... | png FILE MIN_COLOURS")
