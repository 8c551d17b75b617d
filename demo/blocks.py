"""Stream-field blocks as the demo texts write them, keyed as the admin would."""

import hashlib
import itertools
import re

BLOCK_TAG = re.compile(r"<(p|li|h[2-6]|blockquote)>")


def with_block_keys(html):
    """Give each text block the key the admin's editor would.

    Without keys, the first save in the admin adds them, and the revision
    comparison staff read when reviewing shows every paragraph as changed.
    """
    position = itertools.count()

    def keyed(match):
        seed = f"{html}{next(position)}".encode()
        return f'<{match[1]} data-block-key="{hashlib.blake2s(seed).hexdigest()[:5]}">'

    return BLOCK_TAG.sub(keyed, html)


def paragraph(html):
    return {"type": "paragraph", "value": with_block_keys(html)}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def key_figures(title, figures, source=""):
    return {
        "type": "key_figures",
        "value": {
            "heading": title,
            "figures": [{"value": v, "label": label} for v, label in figures],
            "source": source,
        },
    }


def quote(text, name, role, organisation):
    return {
        "type": "quote",
        "value": {
            "quote": text,
            "name": name,
            "role": role,
            "organisation": organisation,
        },
    }
