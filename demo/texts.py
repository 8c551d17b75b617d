"""The demo texts, read from the YAML files in `demo/data/`.

Each section has a `section.yaml` with its small texts (its index page, its
labels) and a folder per collection, one file per story, event, member or
project with its language-neutral facts (`01-cancer.yaml`: date, areas,
links), and one per language with its texts (`01-cancer.en.yaml`). The
number orders the collection; it is not part of the key.

Tags name what plain YAML cannot say: `!paragraph`, `!heading`, `!quote` and
`!key_figures` are stream-field blocks (paragraphs get the block keys the
admin would give them), `!decimal` an exact amount, `!time` a wall-clock
time, `!items` and `!item` a collection or a single item in its own files.
"""

import datetime
import functools
import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import yaml

from .blocks import heading, key_figures, paragraph, quote

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "fr")
ITEM_FILE = re.compile(r"^\d+-[a-z0-9-]+\.yaml$")


class Loader(yaml.SafeLoader):
    """Safe YAML plus the demo's tags; `folder` is where `!items` looks."""

    def __init__(self, stream, folder):
        super().__init__(stream)
        self.folder = folder


def _scalar_tag(tag, convert):
    Loader.add_constructor(
        tag, lambda loader, node: convert(loader.construct_scalar(node))
    )


def _block_tag(tag, build):
    def construct(loader, node):
        if isinstance(node, yaml.MappingNode):
            return build(**loader.construct_mapping(node, deep=True))
        return build(loader.construct_scalar(node))

    Loader.add_constructor(tag, construct)


def _key_figures(heading, figures, source=""):
    return key_figures(heading, figures, source)


def _quote(**fields):
    return quote(
        fields["quote"], fields["name"], fields["role"], fields["organisation"]
    )


_scalar_tag("!decimal", Decimal)
_scalar_tag("!time", datetime.time.fromisoformat)
_block_tag("!paragraph", paragraph)
_block_tag("!heading", lambda text, level="h2": heading(text, level))
_block_tag("!quote", _quote)
_block_tag("!key_figures", _key_figures)
Loader.add_constructor(
    "!items",
    lambda loader, node: read_items(loader.folder / loader.construct_scalar(node)),
)
Loader.add_constructor(
    "!item",
    lambda loader, node: read_item(loader.folder, loader.construct_scalar(node)),
)


def read(path):
    with path.open(encoding="utf-8") as stream:
        loader = Loader(stream, path.parent)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()


def read_item(folder, stem):
    """An item's facts with its texts under "en" and "fr"."""
    item = read(folder / f"{stem}.yaml")
    for language in LANGUAGES:
        item[language] = read(folder / f"{stem}.{language}.yaml")
    return item


def read_items(folder):
    """A collection, in the order its file numbers give."""
    names = [path.name for path in folder.iterdir() if ITEM_FILE.match(path.name)]
    names.sort(key=lambda name: int(name.split("-", 1)[0]))
    return [read_item(folder, name.removesuffix(".yaml")) for name in names]


@functools.cache
def section(name):
    """A section's texts, as attributes named after `section.yaml`'s keys."""
    return SimpleNamespace(**read(DATA / name / "section.yaml"))
