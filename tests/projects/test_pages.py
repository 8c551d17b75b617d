"""ProjectIndexPage and ProjectPage: where they go, the admin form, validation,
what a visitor sees, the member page's "Projects" section, the admin listing
and the API."""

import datetime
import json
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cluster_portal.core.models import ContactSettings, HomePage
from demo.factories.core import OrganisationFactory
from demo.factories.news import NewsIndexPageFactory
from demo.factories.projects import ProjectIndexPageFactory
from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner
from tests.conftest import build_site_tree
from tests.core.helpers import add_url, publish, soup_of, titles
from tests.members.support import build_member_tree, make_member
from tests.news.support import make_story
from tests.projects.support import build_project_tree, make_project

date = datetime.date
API = "/api/v2/pages/"


def text(element):
    """The element's text as a reader sees it: whitespace collapsed."""
    return " ".join(element.get_text().split())


class ProjectIndexListingTests(WagtailPageTestCase):
    def test_lists_its_projects(self):
        tree = build_site_tree()
        index = publish(
            ProjectIndexPageFactory(parent=tree["home"], locale=tree["home"].locale)
        )
        make_project(index, title="Quantum cardiology")
        response = self.client.get(index.url)
        self.assertEqual(titles(soup_of(response)), ["Quantum cardiology"])


class ProjectPageTestCase(WagtailPageTestCase):
    """A projects index with its areas, two members, partner organisations."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_project_tree(build_site_tree()))
        cls.index = tree["projects_index"]
        cls.member = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.other_member = make_member(
            tree["directory"], title="PharmaCo", slug="pharmaco"
        )
        cls.partner = OrganisationFactory(
            name="UCLouvain",
            kind="university",
            website="https://uclouvain.be",
            locale=tree["en"],
        )
        cls.quiet_partner = OrganisationFactory(
            name="ULiège", kind="university", website="", locale=tree["en"]
        )
        cls.hospital = OrganisationFactory(
            name="CHU de Liège",
            kind="hospital",
            website="https://www.chuliege.be",
            locale=tree["en"],
        )
        cls.editor = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def form_data(self, **changes):
        """The project page's admin form, as an editor posts it; no inlines."""
        data = {
            "title": "Quantum cardiology",
            "slug": "quantum-cardiology",
            "acronym": "QC1",
            "summary": "A pacemaker the size of a grain of rice.",
            "body": streamfield([("paragraph", rich_text("<p>The plan.</p>"))]),
            "label_date": "2021-03-15",
            "status": "running",
            "start_date": "2021-06-01",
            "end_date": "2024-05-31",
            "total_budget": "1000000",
            "private_funding": "300000",
            "public_funding": "",
            "public_funding_source": "Walloon Region",
            "partners": inline_formset([]),
            "outcomes": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "social_image": "",
        }
        data.update(changes)
        # A list would be flattened to strategic_areas-0 by nested_form_data.
        areas = data.pop("strategic_areas", [])
        return nested_form_data(data) | {"strategic_areas": areas}

    def post_new(self, **changes):
        return self.client.post(
            add_url(ProjectPage, self.index),
            self.form_data(**changes, **{"action-publish": "publish"}),
        )

    def assertFormRefused(self, response, field):
        """The form comes back with one error, on `field`; nothing is saved."""
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertEqual(list(errors), [field], errors.as_text())
        self.assertFalse(ProjectPage.objects.filter(slug="quantum-cardiology").exists())

    def assertFormAccepted(self, response):
        if response.status_code != 302:
            self.fail(response.context["form"].errors.as_text())
        return ProjectPage.objects.get(slug="quantum-cardiology")


class ProjectPageTests(ProjectPageTestCase):
    def test_lives_under_the_projects_index_only_and_has_no_children(self):
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(ProjectPage, ProjectPage)

    def test_the_add_view_shows_its_tabs(self):
        response = self.client.get(add_url(ProjectPage, self.index))
        self.assertEqual(response.status_code, 200)
        tabs = self.get_soup(response.content).select("a[role=tab]")
        # Each tab's own label, without its error counter.
        self.assertEqual(
            [tab.find(string=True, recursive=False).strip() for tab in tabs],
            [
                "Content",
                "Dates and funding",
                "Partners",
                "Outcomes",
                "Topics",
                "Promote",
            ],
        )

    def test_can_be_created_in_the_admin_with_partners_and_outcomes(self):
        self.assertCanCreate(
            self.index,
            ProjectPage,
            self.form_data(
                partners=inline_formset(
                    [
                        {
                            "role": "coordinator",
                            "member": self.member.pk,
                            "organisation": "",
                        },
                        {
                            "role": "academic",
                            "member": "",
                            "organisation": self.partner.pk,
                        },
                    ]
                ),
                outcomes=inline_formset(
                    [
                        {
                            "kind": "patent",
                            "year": "2023",
                            "title": "QC1 patented",
                            "description": "In Europe and the United States.",
                            "url": "https://example.org/patent",
                        }
                    ]
                ),
                strategic_areas=[self.tree["medtech"].pk],
            ),
        )
        project = ProjectPage.objects.get(slug="quantum-cardiology")
        self.assertTrue(project.live)
        self.assertEqual(project.get_parent().pk, self.index.pk)
        self.assertEqual(project.url, "/en/projects/quantum-cardiology/")
        self.assertEqual(
            (project.label_date, project.start_date, project.end_date),
            (date(2021, 3, 15), date(2021, 6, 1), date(2024, 5, 31)),
        )
        self.assertEqual(
            (project.total_budget, project.private_funding, project.public_funding),
            (Decimal(1_000_000), Decimal(300_000), None),
        )
        self.assertEqual(project.public_amount, Decimal(700_000))
        self.assertEqual(
            [(link.role, link.name) for link in project.partners.all()],
            [("coordinator", "MedCo"), ("academic", "UCLouvain")],
        )
        (outcome,) = project.outcomes.all()
        self.assertEqual(
            (outcome.kind, outcome.year, outcome.title),
            ("patent", 2023, "QC1 patented"),
        )
        self.assertEqual(list(project.strategic_areas.all()), [self.tree["medtech"]])

    def test_renders_with_everything_filled_in(self):
        project = make_project(
            self.index,
            title="Quantum cardiology",
            coordinated_by_cluster=True,
            public_funding=Decimal(500_000),
            strategic_areas=[self.tree["medtech"], self.tree["implants"]],
            partners=[
                {"role": "coordinator", "member": self.member},
                {"role": "academic", "organisation": self.partner},
                {"role": "hospital", "organisation": self.quiet_partner},
            ],
            outcomes=[
                {"kind": "patent", "title": "Patent", "year": 2022},
                {"kind": "other", "title": "Ten jobs"},
            ],
        )
        self.assertPageIsRenderable(project)


class FundingValidationTests(ProjectPageTestCase):
    """clean() refuses each case with a message on the field concerned, and
    lets the neighbouring valid case through; the database backs it up."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.project = make_project(
            cls.index,
            title="Valid project",
            total_budget=Decimal(1_000_000),
            private_funding=Decimal(300_000),
            start_date=date(2021, 6, 1),
            end_date=date(2024, 5, 31),
        )

    def fresh(self, **fields):
        project = ProjectPage.objects.get(pk=self.project.pk)
        for name, value in fields.items():
            setattr(project, name, value)
        return project

    def assertRefused(self, field, **fields):
        with self.assertRaises(ValidationError) as caught:
            self.fresh(**fields).full_clean()
        self.assertIn(field, caught.exception.message_dict)
        return caught.exception.message_dict

    def test_a_valid_project_passes(self):
        self.fresh().full_clean()

    def test_private_funding_cannot_exceed_the_total(self):
        errors = self.assertRefused(
            "private_funding", private_funding=Decimal(1_000_001)
        )
        self.assertEqual(
            errors,
            {
                "private_funding": [
                    "The private funding cannot exceed the total budget."
                ]
            },
        )
        # All of it private is fine.
        self.fresh(private_funding=Decimal(1_000_000)).full_clean()

    def test_no_amount_can_be_negative(self):
        for field in ("total_budget", "private_funding", "public_funding"):
            with self.subTest(field):
                self.assertRefused(field, **{field: Decimal("-0.01")})
        self.fresh(private_funding=Decimal(0), public_funding=Decimal(0)).full_clean()

    def test_private_and_public_together_cannot_exceed_the_total(self):
        errors = self.assertRefused("public_funding", public_funding=Decimal(700_001))
        self.assertEqual(
            errors,
            {
                "public_funding": [
                    "Private and public funding together cannot exceed the total "
                    "budget."
                ]
            },
        )
        self.fresh(public_funding=Decimal(700_000)).full_clean()

    def test_the_end_cannot_come_before_the_start(self):
        errors = self.assertRefused("end_date", end_date=date(2021, 5, 31))
        self.assertEqual(list(errors), ["end_date"])
        self.fresh(end_date=date(2021, 6, 1)).full_clean()  # a day is fine
        self.fresh(start_date=None, end_date=date(2000, 1, 1)).full_clean()

    def test_public_funding_left_empty_is_what_the_private_funding_leaves(self):
        project = self.fresh(public_funding=None)
        self.assertEqual(project.public_amount, Decimal(700_000))
        self.assertEqual(project.other_funding, 0)

    def test_public_funding_entered_is_used_as_is(self):
        project = self.fresh(public_funding=Decimal(500_000))
        project.save_revision().publish()
        project = ProjectPage.objects.get(pk=self.project.pk)
        self.assertEqual(project.public_amount, Decimal(500_000))
        self.assertEqual(project.other_funding, Decimal(200_000))

    def test_the_queryset_gives_each_project_its_public_amount(self):
        # with_public_funding() computes the public amount in SQL: the entered
        # amount, or total − private when left empty.
        make_project(
            self.index,
            title="Co-funded",
            total_budget=Decimal(1_000_000),
            private_funding=Decimal(300_000),
            public_funding=Decimal(500_000),
        )
        projects = ProjectPage.objects.with_public_funding()
        self.assertEqual(
            {project.title: project.public_funding_amount for project in projects},
            {"Valid project": Decimal(700_000), "Co-funded": Decimal(500_000)},
        )

    def test_the_admin_refuses_private_funding_over_the_total(self):
        response = self.post_new(total_budget="100000", private_funding="100000.01")
        self.assertFormRefused(response, "private_funding")
        self.assertEqual(
            response.context["form"].errors["private_funding"],
            ["The private funding cannot exceed the total budget."],
        )

    def test_the_admin_refuses_negative_amounts(self):
        for field in ("private_funding", "public_funding"):
            with self.subTest(field):
                typed = {"total_budget": "1000", "private_funding": "0", field: "-1"}
                response = self.post_new(**typed)
                self.assertFormRefused(response, field)
        response = self.post_new(total_budget="-1", private_funding="0")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["total_budget"],
            ["Ensure this value is greater than or equal to 0."],
        )
        self.assertFalse(ProjectPage.objects.filter(slug="quantum-cardiology").exists())

    def test_a_negative_total_is_refused_without_a_second_misleading_error(self):
        # Only the total is wrong: "The private funding cannot exceed the
        # total budget." must not appear under a private funding that is fine.
        response = self.post_new(total_budget="-1", private_funding="0")
        self.assertFormRefused(response, "total_budget")

    def test_the_admin_refuses_public_funding_over_what_is_left(self):
        response = self.post_new(public_funding="700000.01")
        self.assertFormRefused(response, "public_funding")

    def test_the_admin_refuses_an_end_before_the_start(self):
        response = self.post_new(start_date="2021-06-01", end_date="2021-05-31")
        self.assertFormRefused(response, "end_date")

    def test_the_admin_accepts_a_project_funded_privately_in_full(self):
        project = self.assertFormAccepted(
            self.post_new(total_budget="250000", private_funding="250000")
        )
        self.assertEqual(project.private_funding, project.total_budget)
        self.assertEqual(project.public_amount, 0)

    def test_the_admin_keeps_the_public_funding_entered(self):
        project = self.assertFormAccepted(self.post_new(public_funding="450000"))
        self.assertEqual(project.public_funding, Decimal(450_000))
        self.assertEqual(project.public_amount, Decimal(450_000))

    def assertDatabaseRefuses(self, constraint, save):
        with self.assertRaises(IntegrityError) as caught, transaction.atomic():
            save()
        # PostgreSQL and SQLite both name the constraint that failed.
        self.assertIn(constraint, str(caught.exception))

    def test_the_database_refuses_private_funding_over_the_total(self):
        project = self.fresh(private_funding=Decimal(1_000_001))
        # Wagtail's save() cleans first; without that, the database refuses.
        with self.assertRaises(ValidationError):
            project.save()
        self.assertDatabaseRefuses(
            "project_private_within_total", lambda: project.save(clean=False)
        )
        self.assertDatabaseRefuses(
            "project_private_within_total",
            lambda: ProjectPage.objects.filter(pk=self.project.pk).update(
                total_budget=Decimal(100)
            ),
        )
        self.assertEqual(
            ProjectPage.objects.get(pk=self.project.pk).private_funding,
            Decimal(300_000),
        )

    def test_the_database_refuses_negative_amounts(self):
        for field in ("private_funding", "public_funding"):
            with self.subTest(field):
                project = self.fresh(**{field: Decimal(-1)})
                self.assertDatabaseRefuses(
                    "project_amounts_not_negative",
                    lambda project=project: project.save(clean=False),
                )
                self.assertDatabaseRefuses(
                    "project_amounts_not_negative",
                    lambda field=field: ProjectPage.objects.filter(
                        pk=self.project.pk
                    ).update(**{field: Decimal(-1)}),
                )
        # A negative total also breaks "private within total"; either refuses.
        with self.assertRaises(IntegrityError), transaction.atomic():
            ProjectPage.objects.filter(pk=self.project.pk).update(
                total_budget=Decimal(-1), private_funding=Decimal(-2)
            )


class PartnerTests(ProjectPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.project = make_project(cls.index, title="Valid project")

    def test_a_partner_is_either_a_member_or_an_organisation(self):
        for fields in ({}, {"member": self.member, "organisation": self.partner}):
            with self.subTest(fields=sorted(fields)):
                link = ProjectPartner(page=self.project, role="academic", **fields)
                with self.assertRaises(ValidationError) as caught:
                    link.full_clean()
                self.assertEqual(
                    caught.exception.messages,
                    ["Choose either a member or an organisation, not both."],
                )
                # And the database refuses it too, whatever the code path.
                with self.assertRaises(IntegrityError) as caught, transaction.atomic():
                    link.save()
                self.assertIn(
                    "project_partner_member_or_organisation", str(caught.exception)
                )
        for fields in ({"member": self.member}, {"organisation": self.partner}):
            with self.subTest(fields=sorted(fields)):
                ProjectPartner(
                    page=self.project, role="academic", **fields
                ).full_clean()

    def post_partner(self, member, organisation):
        return self.post_new(
            partners=inline_formset(
                [
                    {
                        "role": "coordinator",
                        "member": member,
                        "organisation": organisation,
                    }
                ]
            )
        )

    def test_a_partner_with_both_is_refused_in_the_admin_with_a_clear_message(self):
        response = self.post_partner(self.member.pk, self.partner.pk)
        self.assertEqual(response.status_code, 200)
        (errors,) = response.context["form"].formsets["partners"].errors
        self.assertEqual(
            errors["__all__"],
            ["Choose either a member or an organisation, not both."],
        )
        self.assertFalse(ProjectPage.objects.filter(slug="quantum-cardiology").exists())

    def test_a_partner_with_neither_is_refused_in_the_admin(self):
        response = self.post_partner("", "")
        self.assertEqual(response.status_code, 200)
        (errors,) = response.context["form"].formsets["partners"].errors
        self.assertEqual(
            errors["__all__"],
            ["Choose either a member or an organisation, not both."],
        )
        self.assertFalse(ProjectPage.objects.filter(slug="quantum-cardiology").exists())


class PartnerLifecycleTests(ProjectPageTestCase):
    """A member or partner going away leaves the project, without its link."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.project = publish(
            make_project(
                cls.index,
                title="Quantum cardiology",
                partners=[
                    {"role": "coordinator", "member": cls.member},
                    {"role": "academic", "organisation": cls.partner},
                ],
            )
        )

    def names_on_page(self):
        response = self.client.get(self.project.url)
        self.assertEqual(response.status_code, 200)
        soup = soup_of(response)
        return [tag.get_text(strip=True) for tag in soup.select(".partner__name")]

    def project_now(self):
        return ProjectPage.objects.get(pk=self.project.pk)

    def test_both_are_shown_to_begin_with(self):
        self.assertEqual(self.names_on_page(), ["MedCo", "UCLouvain"])

    def test_deleting_the_member_page_keeps_the_project(self):
        self.member.delete()

        project = self.project_now()
        self.assertTrue(project.live)
        self.assertEqual([link.name for link in project.partners.all()], ["UCLouvain"])
        self.assertEqual(self.names_on_page(), ["UCLouvain"])
        # A revision saved while the member existed can still be published.
        self.project_now().get_latest_revision().publish()
        self.assertEqual(
            [link.name for link in self.project_now().partners.all()], ["UCLouvain"]
        )

    def test_deleting_the_organisation_keeps_the_project(self):
        self.partner.delete()

        project = self.project_now()
        self.assertTrue(project.live)
        self.assertEqual([link.name for link in project.partners.all()], ["MedCo"])
        self.assertEqual(self.names_on_page(), ["MedCo"])
        self.project_now().get_latest_revision().publish()
        self.assertEqual(self.project_now().partners.count(), 1)

    def test_an_unpublished_member_is_not_shown_until_published_again(self):
        self.member.unpublish()

        project = self.project_now()
        self.assertEqual([link.name for link in project.partner_list], ["UCLouvain"])
        self.assertEqual(project.coordinators(), [])
        response = self.client.get(self.project.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "MedCo")  # nor in the JSON-LD
        self.assertEqual(self.names_on_page(), ["UCLouvain"])
        # The link is kept, for when the member is back.
        self.assertEqual(project.partners.count(), 2)

        publish(self.member)
        self.assertEqual(self.names_on_page(), ["MedCo", "UCLouvain"])


class ProjectPageDisplayTests(ProjectPageTestCase):
    """What a visitor reads on a project page."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.project = make_project(
            cls.index,
            title="Quantum cardiology",
            slug="quantum-cardiology",
            acronym="QC1",
            label_date=date(2021, 3, 15),
            start_date=date(2021, 6, 1),
            end_date=date(2040, 5, 31),
            total_budget=Decimal(1_000_000),
            private_funding=Decimal(300_000),
            public_funding_source="Walloon Region",
            partners=[
                {"role": "academic", "organisation": cls.partner},
                {"role": "hospital", "organisation": cls.hospital},
                {"role": "coordinator", "member": cls.member},
                {"role": "academic", "organisation": cls.quiet_partner},
                {"role": "industrial", "member": cls.other_member},
            ],
            outcomes=[
                {
                    "kind": "product",
                    "title": "QC1 reaches the market",
                    "year": 2041,
                    "url": "https://example.org/qc1",
                },
                {"kind": "patent", "title": "QC1 patented", "year": 2022},
                {"kind": "jobs", "title": "Ten jobs created"},
            ],
        )

    def fetch(self, page=None):
        response = self.client.get((page or self.project).url)
        self.assertEqual(response.status_code, 200)
        return soup_of(response)

    def header_fact(self, soup, label):
        for term in soup.select(".event__essentials dt"):
            if text(term) == label:
                return term.find_next_sibling("dd")
        return None

    def funding(self, soup):
        return {
            text(term): text(term.find_next_sibling("dd"))
            for term in soup.select(".funding__list dt")
        }

    def section(self, soup, key):
        return soup.select_one(f"[aria-labelledby=related-{key}]")

    def test_partners_are_grouped_by_role_under_headings(self):
        section = self.fetch().select_one("[aria-labelledby=partners-title]")
        groups = [
            (
                text(heading),
                [
                    text(name)
                    for name in heading.find_next_sibling("ul").select(".partner__name")
                ],
            )
            for heading in section.select("h3.participants__role")
        ]
        # Roles in their fixed order; partners in the editor's order within.
        self.assertEqual(
            groups,
            [
                ("Coordinator", ["MedCo"]),
                ("Industrial partner", ["PharmaCo"]),
                ("Academic partners", ["UCLouvain", "ULiège"]),
                ("Hospital", ["CHU de Liège"]),
            ],
        )

    def test_a_member_partner_links_to_its_page_an_organisation_to_its_site(self):
        section = self.fetch().select_one("[aria-labelledby=partners-title]")
        links = {
            text(name): name.get("href") for name in section.select(".partner__name")
        }
        self.assertEqual(
            links,
            {
                "MedCo": "/en/members/medco/",
                "PharmaCo": "/en/members/pharmaco/",
                "UCLouvain": "https://uclouvain.be",
                "ULiège": None,
                "CHU de Liège": "https://www.chuliege.be",
            },
        )

    def test_the_coordinator_is_named_in_the_header(self):
        dd = self.header_fact(self.fetch(), "Coordinator")
        self.assertIsNotNone(dd)
        self.assertEqual(text(dd), "MedCo")
        self.assertEqual(dd.a["href"], "/en/members/medco/")

    def test_the_cluster_is_named_when_it_coordinates_the_project(self):
        project = make_project(
            self.index,
            title="Cluster project",
            coordinated_by_cluster=True,
            partners=[{"role": "industrial", "member": self.member}],
        )
        dd = self.header_fact(self.fetch(project), "Coordinator")
        self.assertIsNotNone(dd)
        self.assertEqual(text(dd), "Test cluster")  # the site's name
        self.assertIsNone(dd.a)

        ContactSettings.objects.update_or_create(
            site=Site.objects.get(is_default_site=True),
            defaults={"organisation_name": "BioWin"},
        )
        self.assertEqual(
            text(self.header_fact(self.fetch(project), "Coordinator")), "BioWin"
        )

        # The cluster and a partner: both, under a plural label.
        both = make_project(
            self.index,
            title="Shared project",
            coordinated_by_cluster=True,
            partners=[{"role": "coordinator", "member": self.member}],
        )
        dd = self.header_fact(self.fetch(both), "Coordinators")
        self.assertIsNotNone(dd)
        self.assertEqual(text(dd), "BioWin, MedCo")

    def test_the_funding_split_is_shown_in_euros(self):
        soup = self.fetch()
        self.assertEqual(
            self.funding(soup),
            {
                "Private funding": "€300,000 (30%)",
                "Public funding": "€700,000",
                "Public funding from": "Walloon Region",
                "Total budget": "€1,000,000",
            },
        )
        self.assertEqual(text(self.header_fact(soup, "Total budget")), "€1,000,000")

    def test_public_funding_entered_leaves_other_funding_shown(self):
        project = make_project(
            self.index,
            title="Co-funded",
            total_budget=Decimal("1250000.50"),
            private_funding=Decimal(250_000),
            public_funding=Decimal(500_000),
            public_funding_source="",
        )
        self.assertEqual(
            self.funding(self.fetch(project)),
            {
                "Private funding": "€250,000 (20%)",
                "Public funding": "€500,000",
                "Other funding": "€500,000.50",
                "Total budget": "€1,250,000.50",
            },
        )

    def test_outcomes_are_listed(self):
        section = self.fetch().select_one("[aria-labelledby=outcomes-title]")
        self.assertEqual(
            [text(title) for title in section.select(".outcome__title")],
            ["QC1 reaches the market", "QC1 patented", "Ten jobs created"],
        )
        self.assertEqual(
            [text(kind) for kind in section.select(".outcome__kind")],
            ["Product or service on the market · 2041", "Patent · 2022", "Jobs"],
        )
        self.assertEqual(
            section.select_one(".outcome__title a")["href"], "https://example.org/qc1"
        )

    def test_a_project_without_outcomes_has_no_outcomes_section(self):
        project = make_project(self.index, title="Young project")
        self.assertIsNone(
            self.fetch(project).select_one("[aria-labelledby=outcomes-title]")
        )

    def test_the_timeline_runs_in_date_order_planned_steps_marked(self):
        steps = [
            (
                step.time["datetime"],
                text(step.select_one(".timeline__label")),
                "timeline__step--planned" in step["class"],
            )
            for step in self.fetch().select(".timeline__step")
        ]
        self.assertEqual(
            steps,
            [
                ("2021-03-15", "Labelled by the cluster", False),
                ("2021-06-01", "Work started", False),
                ("2022", "QC1 patented", False),
                ("2040-05-31", "Work ends (planned)", True),
                ("2041", "QC1 reaches the market (planned)", True),
            ],
        )

    def test_a_stopped_project_says_so_on_its_timeline(self):
        project = make_project(
            self.index,
            title="Stopped project",
            status=ProjectPage.Status.STOPPED,
            label_date=date(2020, 1, 10),
            start_date=date(2020, 2, 1),
            end_date=date(2021, 2, 1),
        )
        labels = [
            text(label) for label in self.fetch(project).select(".timeline__label")
        ]
        self.assertEqual(labels, ["Labelled by the cluster", "Work started", "Stopped"])

    def test_stories_that_mention_the_project_are_in_the_news(self):
        news = publish(NewsIndexPageFactory(parent=self.tree["home"]))
        make_story(news, title="QC1 raises a million", related=[self.project])
        make_story(news, title="Unpublished story", related=[self.project], draft=True)
        make_story(news, title="About something else")

        section = self.section(self.fetch(), "news")
        self.assertIsNotNone(section)
        self.assertEqual(text(section.h2), "In the news")
        self.assertEqual(titles(section), ["QC1 raises a million"])

        other = make_project(self.index, title="Unmentioned")
        self.assertIsNone(self.section(self.fetch(other), "news"))


class MemberProjectsSectionTests(TestCase):
    """A member page lists the projects the member takes part in."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_project_tree(build_site_tree()))
        index = tree["projects_index"]
        cls.member = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.quiet = make_member(tree["directory"], title="Quiet", slug="quiet")
        other = OrganisationFactory(name="UCLouvain", locale=tree["en"])

        def project(title, year, **fields):
            return make_project(
                index, title=title, label_date=date(year, 3, 1), **fields
            )

        medco = {"role": "industrial", "member": cls.member}
        # Created out of date order.
        project("Project 2021", 2021, partners=[medco])
        project(
            "Project 2023",
            2023,
            # Twice in one project: listed once.
            partners=[{"role": "coordinator", "member": cls.member}, medco],
        )
        project("Project 2020", 2020, partners=[medco])
        project(
            "Project 2022",
            2022,
            partners=[{"role": "academic", "organisation": other}, medco],
        )
        project("Draft 2024", 2024, partners=[medco], draft=True)
        project(
            "Someone else's",
            2024,
            partners=[{"role": "academic", "organisation": other}],
        )

    def fetch(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return soup_of(response)

    def section(self, member):
        return self.fetch(member.url).select_one("[aria-labelledby=activity-projects]")

    def test_lists_the_three_newest_projects_of_the_member(self):
        section = self.section(self.member)
        self.assertIsNotNone(section)
        self.assertEqual(text(section.h2), "Projects")
        self.assertEqual(
            titles(section), ["Project 2023", "Project 2022", "Project 2021"]
        )

    def test_see_all_lists_every_published_project_of_the_member(self):
        link = self.section(self.member).select_one("a.button")
        self.assertEqual(link["href"], f"/en/projects/?partner=member-{self.member.pk}")
        self.assertEqual(text(link), "All the projects of MedCo")
        self.assertEqual(
            titles(self.fetch(link["href"])),
            ["Project 2023", "Project 2022", "Project 2021", "Project 2020"],
        )

    def test_a_draft_project_is_not_listed(self):
        ProjectPage.objects.get(title="Project 2023").unpublish()
        self.assertEqual(
            titles(self.section(self.member)),
            ["Project 2022", "Project 2021", "Project 2020"],
        )

    def test_a_member_without_projects_has_no_projects_section(self):
        self.assertIsNone(self.section(self.quiet))


class AdminProjectsListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_project_tree(build_site_tree())
        index = tree["projects_index"]
        make_project(
            index,
            title="Running",
            status="running",
            label_date=date(2021, 3, 1),
            strategic_areas=[tree["medtech"]],
        )
        make_project(
            index,
            title="Completed",
            status="completed",
            label_date=date(2022, 3, 1),
            strategic_areas=[tree["biopharma"]],
        )
        make_project(
            index,
            title="Labelled",
            status="labelled",
            label_date=date(2022, 9, 1),
            strategic_areas=[tree["implants"]],
        )
        cls.admin = get_user_model().objects.create_superuser("boss", "b@x.org", "pw")
        cls.visitor = get_user_model().objects.create_user("visitor", "v@x.org", "pw")
        cls.url = reverse("projects_listing:index")

    def titles(self, query=""):
        self.client.force_login(self.admin)
        response = self.client.get(self.url + query)
        self.assertEqual(response.status_code, 200)
        return {page.title for page in response.context["object_list"]}

    def test_lists_every_project(self):
        self.assertEqual(self.titles(), {"Running", "Completed", "Labelled"})

    def test_filters_by_status(self):
        self.assertEqual(self.titles("?status=completed"), {"Completed"})
        self.assertEqual(
            self.titles("?status=completed&status=running"), {"Completed", "Running"}
        )

    def test_filters_by_strategic_area(self):
        medtech, biopharma = self.tree["medtech"].pk, self.tree["biopharma"].pk
        self.assertEqual(self.titles(f"?strategic_areas={medtech}"), {"Running"})
        self.assertEqual(
            self.titles(f"?strategic_areas={medtech}&strategic_areas={biopharma}"),
            {"Running", "Completed"},
        )

    def test_filters_by_label_year(self):
        self.assertEqual(self.titles("?label_year=2022"), {"Completed", "Labelled"})
        self.assertEqual(self.titles("?label_year=2021"), {"Running"})

    def test_a_user_without_admin_access_is_refused(self):
        self.client.force_login(self.visitor)
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))

    def test_an_anonymous_visitor_is_sent_to_the_login(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("wagtailadmin_login")))


class ProjectAPITests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_project_tree(build_site_tree()))
        cls.member = make_member(tree["directory"], title="MedCo", slug="medco")
        cls.partner = OrganisationFactory(
            name="UCLouvain", kind="university", locale=tree["en"]
        )
        cls.project = make_project(
            tree["projects_index"],
            title="Quantum cardiology",
            total_budget=Decimal(1_000_000),
            private_funding=Decimal(300_000),
            partners=[
                {"role": "coordinator", "member": cls.member},
                {"role": "academic", "organisation": cls.partner},
            ],
            outcomes=[{"kind": "patent", "title": "QC1 patented", "year": 2022}],
        )
        cls.cofunded = make_project(
            tree["projects_index"],
            title="Co-funded",
            total_budget=Decimal(1_000_000),
            private_funding=Decimal(300_000),
            public_funding=Decimal(500_000),
        )
        make_project(tree["projects_index"], title="Draft project", draft=True)

    def items(self):
        response = self.client.get(API, {"type": "projects.ProjectPage", "fields": "*"})
        self.assertEqual(response.status_code, 200, response.content[:300])
        return {item["title"]: item for item in json.loads(response.content)["items"]}

    def test_lists_live_projects_with_their_funding_partners_and_outcomes(self):
        items = self.items()
        self.assertEqual(set(items), {"Quantum cardiology", "Co-funded"})
        item = items["Quantum cardiology"]
        self.assertEqual(item["id"], self.project.pk)
        # Amounts as exact decimal strings, the same way for all three.
        self.assertEqual(
            [
                item[name]
                for name in ("total_budget", "private_funding", "public_amount")
            ],
            ["1000000.00", "300000.00", "700000.00"],
        )
        partners = item["partners"]
        self.assertEqual(
            [partner["role"] for partner in partners], ["coordinator", "academic"]
        )
        self.assertEqual(partners[0]["member"]["title"], "MedCo")
        self.assertIsNone(partners[0]["organisation"])
        self.assertIsNone(partners[1]["member"])
        self.assertEqual(partners[1]["organisation"]["name"], "UCLouvain")
        self.assertEqual(
            [(o["kind"], o["title"], o["year"]) for o in item["outcomes"]],
            [("patent", "QC1 patented", 2022)],
        )

    def test_an_entered_public_funding_is_given_as_is(self):
        item = self.items()["Co-funded"]
        self.assertEqual(item["public_amount"], "500000.00")

    def test_an_unpublished_member_partner_is_not_named(self):
        self.member.unpublish()
        item = self.items()["Quantum cardiology"]
        self.assertIsNone(item["partners"][0]["member"])
        self.assertNotIn("MedCo", json.dumps(item))

    def test_a_draft_is_not_listed_nor_found(self):
        draft = ProjectPage.objects.get(title="Draft project")
        self.assertNotIn("Draft project", self.items())
        response = self.client.get(f"{API}{draft.pk}/")
        self.assertEqual(response.status_code, 404)


class ProjectPageSafeguardsTests(ProjectPageTestCase):
    """What the page keeps private, in its language and within range."""

    def test_a_member_page_behind_a_password_is_not_named_anywhere(self):
        from wagtail.models import PageViewRestriction

        project = make_project(
            self.index,
            title="Quantum cardiology",
            partners=[
                {"role": "coordinator", "member": self.member},
                {"role": "industrial", "member": self.other_member},
            ],
        )
        PageViewRestriction.objects.create(
            page=self.member, restriction_type="password", password="secret"
        )
        self.client.logout()
        page = self.client.get(project.url).content.decode()
        index = self.client.get(self.index.url).content.decode()
        csv_text = self.client.get(self.index.url + "export/csv/").getvalue().decode()
        json_text = self.client.get(self.index.url + "export/json/").content.decode()
        for where, content in [
            ("page", page),
            ("card", index),
            ("csv", csv_text),
            ("json", json_text),
        ]:
            with self.subTest(where):
                self.assertNotIn("MedCo", content)
        self.assertIn("PharmaCo", page)
        self.assertIn("PharmaCo", csv_text)

    def test_only_areas_of_the_pages_language_are_offered_and_accepted(self):
        from demo.factories.core import StrategicAreaFactory

        french = StrategicAreaFactory(
            locale=self.tree["fr"], name="Medtech (fr)", slug="medtech"
        )
        form = self.client.get(add_url(ProjectPage, self.index)).context["form"]
        offered = set(form.fields["strategic_areas"].queryset)
        self.assertIn(self.tree["medtech"], offered)
        self.assertNotIn(french, offered)
        response = self.post_new(strategic_areas=[str(french.pk)])
        self.assertFormRefused(response, "strategic_areas")

    def test_an_outcome_year_out_of_range_is_refused(self):
        project = make_project(self.index, title="Quantum cardiology")
        for year in (20234, 1800):
            outcome = project.outcomes.model(
                page=project, kind="patent", title="Patent", year=year
            )
            with self.subTest(year), self.assertRaises(ValidationError) as caught:
                outcome.full_clean()
            self.assertIn("year", caught.exception.message_dict)

    def test_a_stored_year_a_date_cannot_hold_does_not_break_the_page(self):
        # Saved before the validators existed, or straight into the database.
        project = make_project(
            self.index,
            title="Quantum cardiology",
            outcomes=[{"kind": "patent", "title": "Odd year", "year": 20234}],
        )
        response = self.client.get(project.url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("Odd year", response.content.decode())

    def test_the_database_refuses_public_funding_beyond_what_is_left(self):
        project = make_project(self.index, title="Quantum cardiology")
        with self.assertRaises(IntegrityError), transaction.atomic():
            # total 1,000,000 with 300,000 private leaves 700,000 at most.
            ProjectPage.objects.filter(pk=project.pk).update(
                public_funding=Decimal("700000.01")
            )

    def test_the_admin_listing_still_says_which_projects_are_drafts(self):
        make_project(self.index, title="Unpublished project", draft=True)
        response = self.client.get(reverse("projects_listing:index"))
        soup = soup_of(response)
        headers = [text(th) for th in soup.select("thead th")]
        # Wagtail's own Live/Draft column, and the project's status beside it.
        self.assertIn("Status", headers)
        self.assertIn("Project status", headers)
        row = next(
            row
            for row in soup.select("tbody tr")
            if "Unpublished project" in row.get_text()
        )
        self.assertIn("Running", text(row))
