"""The demo texts as data: every file read, every item in both languages."""

import datetime
import io
from decimal import Decimal

import pytest

from demo import texts
from demo.blocks import with_block_keys

SECTIONS = ["core", "members", "events", "projects", "news"]


def load(source, folder=texts.DATA):
    loader = texts.Loader(io.StringIO(source), folder)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def collections(section):
    """(name, items) for each of the section's collections read from a folder."""
    found = vars(texts.section(section))
    return [
        (name, value)
        for name, value in found.items()
        if isinstance(value, list)
        and value
        and isinstance(value[0], dict)
        and "en" in value[0]
        and "fr" in value[0]
    ]


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_reads(section):
    assert vars(texts.section(section))


@pytest.mark.parametrize("section", ["members", "events", "projects", "news"])
def test_each_item_has_its_facts_and_a_file_per_language(section):
    (name, items), *_ = collections(section)
    assert items, name
    for item in items:
        assert item["en"] and item["fr"]
        assert "en" not in item["en"] and "fr" not in item["fr"]


def test_no_file_is_left_unread():
    """A misnamed file (no number, a third language) would silently vanish."""
    for path in texts.DATA.rglob("*"):
        if path.is_dir():
            continue
        assert path.suffix == ".yaml", path
        if path.name == "section.yaml" or path.parent.parent == texts.DATA:
            continue
        stem, *language = path.name.removesuffix(".yaml").split(".")
        assert texts.ITEM_FILE.match(f"{stem}.yaml"), path
        assert language in ([], ["en"], ["fr"]), path
        assert (path.parent / f"{stem}.yaml").exists(), path
        for other in texts.LANGUAGES:
            assert (path.parent / f"{stem}.{other}.yaml").exists(), path


@pytest.mark.parametrize("section", ["members", "events", "projects", "news"])
def test_keys_and_slugs_are_unique(section):
    for _name, items in collections(section):
        keys = [item.get("key") or item["slug"] for item in items]
        assert len(keys) == len(set(keys))
        for language in texts.LANGUAGES:
            slugs = [item[language].get("slug") for item in items]
            slugs = [slug for slug in slugs if slug]
            assert len(slugs) == len(set(slugs))


def test_collections_follow_their_file_numbers(tmp_path):
    for number, key in [(10, "tenth"), (2, "second"), (1, "first")]:
        (tmp_path / f"{number}-{key}.yaml").write_text(f"key: {key}\n")
        for language in texts.LANGUAGES:
            (tmp_path / f"{number}-{key}.{language}.yaml").write_text("title: t\n")
    (tmp_path / "notes.txt").write_text("not an item")
    items = texts.read_items(tmp_path)
    assert [item["key"] for item in items] == ["first", "second", "tenth"]
    assert items[0]["en"] == {"title": "t"}


def test_tags_build_blocks_and_exact_values():
    found = load(
        "- !paragraph '<p>One.</p>'\n"
        "- !heading Two\n"
        "- !heading {text: Three, level: h3}\n"
        "- !quote {quote: Said., name: Ann, role: CEO, organisation: Acme}\n"
        "- !key_figures {heading: Figures, figures: [[10, projects]], source: Us}\n"
        "- !decimal '3600000.10'\n"
        "- !time '08:30'\n"
    )
    paragraph, heading, subheading, quote, figures, amount, time = found
    assert paragraph == {"type": "paragraph", "value": with_block_keys("<p>One.</p>")}
    assert 'data-block-key="' in paragraph["value"]
    assert heading["value"] == {"text": "Two", "level": "h2"}
    assert subheading["value"] == {"text": "Three", "level": "h3"}
    assert quote["value"]["name"] == "Ann"
    assert figures["value"]["figures"] == [{"value": 10, "label": "projects"}]
    assert amount == Decimal("3600000.10")
    assert time == datetime.time(8, 30)


def test_an_unknown_tag_is_refused():
    with pytest.raises(texts.yaml.constructor.ConstructorError):
        load("- !python/object:os.system echo\n")


def test_the_published_project_totals_are_exact():
    projects = texts.section("projects")
    assert sum(p["total"] for p in projects.PROJECTS) == projects.PUBLISHED_TOTAL
    assert sum(p["private"] for p in projects.PROJECTS) == projects.PUBLISHED_PRIVATE
