"""Site search: what it finds, in which language, and that junk never breaks it."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from demo.factories.core import StandardPageFactory
from tests.core.helpers import publish, translate


def paragraph(html):
    return json.dumps([{"type": "paragraph", "value": html}])


@pytest.fixture
def pages(site_tree):
    zebrafish = publish(
        StandardPageFactory(
            parent=site_tree["home"],
            title="Model organisms",
            slug="model-organisms",
            intro="How labs study disease.",
            body=paragraph("<p>Our members breed zebrafish for research.</p>"),
        )
    )
    zebrafish_fr = translate(
        zebrafish,
        site_tree["fr"],
        title="Organismes modèles",
        slug="organismes-modeles",
        body=paragraph("<p>Nos membres élèvent des zebrafish.</p>"),
    )
    return {**site_tree, "zebrafish": zebrafish, "zebrafish_fr": zebrafish_fr}


def result_titles(response):
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [link.get_text() for link in soup.select(".result-list .result__title a")]


def test_finds_a_live_page_by_a_word_of_its_body(pages, client):
    response = client.get("/en/search/", {"q": "zebrafish"})
    assert result_titles(response) == ["Model organisms"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".result__title a")["href"] == "/en/model-organisms/"
    assert soup.select_one(".results-count").get_text() == ("1 result for “zebrafish”")


def test_searches_only_the_visitors_language(pages, client):
    assert result_titles(client.get("/fr/search/", {"q": "zebrafish"})) == [
        "Organismes modèles"
    ]
    assert result_titles(client.get("/en/search/", {"q": "élèvent"})) == []


def test_does_not_find_drafts(pages, client):
    StandardPageFactory(
        parent=pages["home"],
        title="Embargoed",
        slug="embargoed",
        body=paragraph("<p>A secret axolotl trial.</p>"),
        draft=True,
    )
    assert result_titles(client.get("/en/search/", {"q": "axolotl"})) == []


def test_does_not_find_unpublished_changes(pages, client):
    page = pages["zebrafish"]
    page.body = paragraph("<p>Coming soon: axolotl studies.</p>")
    page.save_revision()
    assert result_titles(client.get("/en/search/", {"q": "axolotl"})) == []
    assert result_titles(client.get("/en/search/", {"q": "zebrafish"})) == [
        "Model organisms"
    ]


def test_does_not_find_an_unpublished_page(pages, client):
    pages["zebrafish"].unpublish()
    assert result_titles(client.get("/en/search/", {"q": "zebrafish"})) == []


def test_does_not_find_pages_behind_a_login(pages, client):
    private = publish(
        StandardPageFactory(parent=pages["home"], title="Members area", slug="area")
    )
    publish(
        StandardPageFactory(
            parent=private,
            title="Board minutes",
            slug="minutes",
            body=paragraph("<p>Confidential axolotl budget.</p>"),
        )
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    assert result_titles(client.get("/en/search/", {"q": "axolotl"})) == []


def test_empty_query_shows_the_form_and_no_results(pages, client):
    response = client.get("/en/search/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("input#search-q")["value"] == ""
    assert soup.select_one(".results-count") is None


def test_says_so_when_nothing_matches(pages, client):
    response = client.get("/en/search/", {"q": "unicorn"})
    assert result_titles(response) == []
    assert "Nothing matched" in response.content.decode()


def test_results_are_paginated(pages, client):
    for n in range(14):
        publish(
            StandardPageFactory(
                parent=pages["home"], title=f"Zebrafish note {n}", slug=f"note-{n}"
            )
        )
    first = client.get("/en/search/", {"q": "zebrafish"})
    second = client.get("/en/search/", {"q": "zebrafish", "page": "2"})
    assert len(result_titles(first)) == 12
    assert len(result_titles(second)) == 3
    soup = BeautifulSoup(first.content, "html.parser")
    assert soup.select_one('.pagination a[rel="next"]')["href"] == (
        "?q=zebrafish&page=2"
    )


HOSTILE_QUERIES = [
    pytest.param("zebrafish " * 500, id="5000-chars"),
    pytest.param("zebra\x00fish", id="nul-byte"),
    pytest.param("' OR 1=1; DROP TABLE wagtailcore_page; --", id="sql"),
    pytest.param('"unterminated', id="open-quote"),
    pytest.param('"', id="lone-quote"),
    pytest.param('zebra"fish "a" "b', id="odd-quotes"),
    pytest.param("\x1f\x00\t\n", id="only-control-characters"),
    pytest.param("a AND OR NOT ( ) * : ~ ^ -", id="operators"),
    pytest.param("%_%\\", id="like-wildcards"),
    pytest.param("🧬 ∑ ß", id="unicode"),
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_query_is_answered(pages, client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert client.get("/en/model-organisms/").status_code == 200


def test_quoted_words_are_still_found(pages, client):
    response = client.get("/en/search/", {"q": '"zebrafish'})
    assert result_titles(response) == ["Model organisms"]
    response = client.get("/en/search/", {"q": '"breed zebrafish"'})
    assert result_titles(response) == ["Model organisms"]


def test_long_query_is_cut_to_the_limit(pages, client, settings):
    response = client.get("/en/search/", {"q": "zebrafish " * 500})
    assert len(response.context["search_query"]) <= (
        settings.PORTAL_SEARCH_MAX_QUERY_LENGTH
    )


def test_html_in_the_query_is_escaped(pages, client):
    query = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.get("/en/search/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999", "1.5", "", "9" * 40])
def test_junk_page_number_is_answered(pages, client, page):
    response = client.get("/en/search/", {"q": "zebrafish", "page": page})
    assert result_titles(response) == ["Model organisms"]
