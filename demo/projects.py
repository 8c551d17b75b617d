"""Builds the projects section of the demo site: the ten projects of 2020–2023."""

import json

from demo.members import partner_links, partners_by_key
from projects.models import (
    ProjectOutcome,
    ProjectPage,
    ProjectPartner,
)

from . import core, texts
from .factories.projects import ProjectIndexPageFactory, ProjectPageFactory

content = texts.section("projects")


def outcomes(specs, language):
    return core.in_order(
        ProjectOutcome,
        [
            {
                "kind": spec["kind"],
                "year": spec.get("year"),
                "title": spec[language][0],
                "description": spec[language][1],
            }
            for spec in specs
        ],
    )


def body(spec, language):
    blocks = list(spec[language]["body"])
    if spec.get("undescribed"):
        blocks.append(content.UNDESCRIBED[language])
    blocks.append(content.ILLUSTRATIVE[language])
    return json.dumps(blocks)


def build_project(spec, index, areas, found, fr):
    """The English project of `spec` under `index`, and its French translation."""
    texts, french = spec["en"], spec["fr"]
    chosen = [areas[slug] for slug in spec["areas"] if slug in areas]

    def english(index):
        project = ProjectPageFactory.build(
            locale=index.locale,
            **core.pick(texts, "title", "slug", "acronym", "summary"),
            body=body(spec, "en"),
            label_date=spec["label_date"],
            status=spec["status"],
            start_date=spec["start"],
            end_date=spec["end"],
            total_budget=spec["total"],
            private_funding=spec["private"],
            public_funding=None,
            public_funding_source=spec["funder"]["en"],
            coordinated_by_cluster=spec.get("coordinated_by_cluster", False),
        )
        project.strategic_areas = core.in_english(chosen)
        project.partners = partner_links(ProjectPartner, spec["partners"], found, "en")
        project.outcomes = outcomes(spec["outcomes"], "en")
        return project

    def translation():
        return {
            **core.pick(french, "title", "slug", "acronym", "summary"),
            "body": body(spec, "fr"),
            "public_funding_source": spec["funder"]["fr"],
            "strategic_areas": core.in_french(chosen),
            "partners": partner_links(ProjectPartner, spec["partners"], found, "fr"),
            "outcomes": outcomes(spec["outcomes"], "fr"),
        }

    return core.bilingual_page(
        ProjectPage, index, texts["slug"], fr, english, translation
    )


def load_projects():
    start = core.start_section(ProjectIndexPageFactory, content.INDEX)
    index = start.indexes["en"]
    found = partners_by_key(start.home, start.en, start.fr)
    projects = {
        spec["key"]: build_project(spec, index, start.areas, found, start.fr)
        for spec in content.PROJECTS
    }
    core.add_section_to_main_menu(index)
    return {"indexes": start.indexes, "projects": projects}
