"""MemberDirectoryPage and MemberPage: where they go, the admin form, staff fields."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cluster_portal.core.models import HomePage
from demo.factories.core import StrategicAreaFactory
from demo.factories.members import SectorFactory
from members.models import MemberDirectoryPage, MemberPage
from tests.conftest import build_site_tree
from tests.core.helpers import add_url, edit_url, make_image, publish
from tests.members.support import build_member_tree, make_member
from tests.news.support import build_news_tree


def tabs(soup):
    """The tab titles of an edit form (each tab also holds an error count)."""
    return [tab.find(string=True).strip() for tab in soup.select("[role=tab]")]


class MemberPageTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_member_tree(build_news_tree(build_site_tree()))
        cls.directory = tree["directory"]
        cls.directory_fr = tree["directory_fr"]
        cls.superuser = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "pw"
        )


class MemberPageTests(MemberPageTestCase):
    def test_lives_under_the_directory_only_and_has_no_children(self):
        self.assertAllowedParentPageTypes(MemberPage, {MemberDirectoryPage})
        self.assertAllowedSubpageTypes(MemberPage, set())
        self.assertCanCreateAt(MemberDirectoryPage, MemberPage)
        self.assertCanNotCreateAt(HomePage, MemberPage)
        self.assertCanNotCreateAt(MemberPage, MemberPage)

    def test_can_be_created_in_the_admin_with_products_contacts_and_labels(self):
        logo = make_image("MedCo logo")
        self.client.force_login(self.superuser)
        self.assertCanCreate(
            self.directory,
            MemberPage,
            nested_form_data(
                {
                    "title": "MedCo",
                    "slug": "medco",
                    "summary": "Pacemakers small enough to inject.",
                    "logo": logo.pk,
                    "body": streamfield(
                        [("paragraph", rich_text("<p>Founded by cardiologists.</p>"))]
                    ),
                    "products": inline_formset(
                        [
                            {
                                "name": "NanoPace",
                                "summary": "A leadless pacemaker.",
                                "image": "",
                                "url": "https://medco.example/nanopace",
                            }
                        ]
                    ),
                    "website": "https://medco.example",
                    "street_address": "Rue de l'Innovation 1",
                    "postcode": "4000",
                    "city": "Liège",
                    "country": "BE",
                    "contacts": inline_formset(
                        [
                            {
                                "name": "Jane Doe",
                                "role": "CEO",
                                "email": "jane@medco.example",
                                "email_is_public": "on",
                            },
                            {"name": "John Roe", "role": "CTO", "email": ""},
                        ]
                    ),
                    "social_links": streamfield(
                        [
                            (
                                "link",
                                {
                                    "platform": "linkedin",
                                    "url": "https://www.linkedin.com/company/medco",
                                },
                            )
                        ]
                    ),
                    "technologies": "implants, wireless charging",
                    "size_band": "small",
                    "founded_year": "2012",
                    "membership_status": "active",
                    "member_since": "2015",
                    "labels": inline_formset(
                        [
                            {
                                "name": "Factory of the Future",
                                "year": "2021",
                                "issuer": "Agoria",
                            }
                        ]
                    ),
                }
            )
            # A list would be flattened to sectors-0 by nested_form_data.
            | {
                "sectors": [self.tree["sector_medtech"].pk],
                "strategic_areas": [self.tree["medtech"].pk, self.tree["implants"].pk],
            },
        )
        member = MemberPage.objects.get(slug="medco")
        self.assertTrue(member.live)
        self.assertEqual(member.url, "/en/members/medco/")
        self.assertEqual(member.logo, logo)
        self.assertEqual(
            [(p.name, p.url) for p in member.products.all()],
            [("NanoPace", "https://medco.example/nanopace")],
        )
        self.assertEqual(
            [(c.name, c.public_email) for c in member.contacts.all()],
            [("Jane Doe", "jane@medco.example"), ("John Roe", "")],
        )
        self.assertEqual(
            [(label.name, label.year, label.issuer) for label in member.labels.all()],
            [("Factory of the Future", 2021, "Agoria")],
        )
        self.assertEqual(list(member.sectors.all()), [self.tree["sector_medtech"]])
        self.assertEqual(
            set(member.strategic_areas.all()),
            {self.tree["medtech"], self.tree["implants"]},
        )
        self.assertEqual(
            sorted(tag.name for tag in member.technologies.all()),
            ["implants", "wireless charging"],
        )
        self.assertEqual(
            (member.membership_status, member.member_since, member.founded_year),
            ("active", 2015, 2012),
        )
        self.assertEqual(member.social_links[0].value["platform"], "linkedin")

    def test_renders(self):
        member = make_member(
            self.directory,
            title="MedCo",
            logo=make_image("Logo"),
            sectors=[self.tree["sector_medtech"]],
            strategic_areas=[self.tree["medtech"]],
            technologies=["implants"],
            products=[{"name": "NanoPace"}],
            labels=[{"name": "Factory of the Future", "year": 2021}],
            contacts=[{"name": "Jane Doe"}],
        )
        self.assertPageIsRenderable(member)

    def test_admin_form_of_a_french_member_offers_french_sectors_and_areas(self):
        english_only = SectorFactory(locale=self.tree["en"], name="Services")
        StrategicAreaFactory(locale=self.tree["en"], name="E-health")
        member_fr = make_member(self.directory_fr, title="Société", slug="societe")
        self.client.force_login(self.superuser)

        for url in (edit_url(member_fr), add_url(MemberPage, self.directory_fr)):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                form = response.context["form"]
                self.assertEqual(
                    list(form.fields["sectors"].queryset),
                    [self.tree["sector_medtech_fr"]],
                )
                self.assertEqual(
                    list(form.fields["strategic_areas"].queryset),
                    [self.tree["medtech_fr"]],
                )
                soup = self.get_soup(response.content)
                offered = {box["value"] for box in soup.select("input[name=sectors]")}
                self.assertEqual(offered, {str(self.tree["sector_medtech_fr"].pk)})

        # The English form offers the English ones.
        response = self.client.get(add_url(MemberPage, self.directory))
        self.assertEqual(
            set(response.context["form"].fields["sectors"].queryset),
            {
                self.tree["sector_biotech"],
                self.tree["sector_medtech"],
                self.tree["sector_ehealth"],
                english_only,
            },
        )

    def test_a_french_member_cannot_be_filed_under_an_english_sector(self):
        self.client.force_login(self.superuser)
        response = self.client.post(
            add_url(MemberPage, self.directory_fr),
            nested_form_data(
                {
                    "title": "Société",
                    "slug": "societe",
                    "summary": "Des pacemakers.",
                    "body": streamfield([]),
                    "products": inline_formset([]),
                    "contacts": inline_formset([]),
                    "labels": inline_formset([]),
                    "social_links": streamfield([]),
                    "country": "BE",
                    "membership_status": "active",
                    "action-publish": "publish",
                }
            )
            | {"sectors": [self.tree["sector_medtech"].pk]},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("sectors", response.context["form"].errors)
        self.assertFalse(MemberPage.objects.filter(slug="societe").exists())


class MembershipFieldsTests(MemberPageTestCase):
    """Membership status, year and labels are for staff with the permission."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.member = make_member(
            cls.directory,
            title="MedCo",
            slug="medco",
            summary="Pacemakers.",
            membership_status=MemberPage.Status.ACTIVE,
            member_since=2015,
            labels=[{"name": "Factory of the Future", "year": 2021}],
        )
        publish(cls.member)
        # Wagtail's own "Editors" group, reduced to this directory.
        editors, _ = Group.objects.get_or_create(name="Editors")
        GroupPagePermission.objects.filter(group=editors).delete()
        editors.permissions.set(
            [
                Permission.objects.get(
                    content_type__app_label="wagtailadmin", codename="access_admin"
                )
            ]
        )
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=editors,
                page=cls.directory,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        cls.editor = get_user_model().objects.create_user(
            "editor", "editor@example.org", "pw"
        )
        cls.editor.groups.add(editors)

    def edit_page(self, user):
        self.client.force_login(user)
        response = self.client.get(edit_url(self.member))
        self.assertEqual(response.status_code, 200)
        return response, self.get_soup(response.content)

    def test_staff_see_the_membership_panel(self):
        response, soup = self.edit_page(self.superuser)
        self.assertIn("Membership", [h.get_text(strip=True) for h in soup.select("h2")])
        self.assertIsNotNone(soup.select_one("[name=membership_status]"))
        self.assertIsNotNone(soup.select_one("[name=member_since]"))
        self.assertIsNotNone(soup.select_one("[name=labels-TOTAL_FORMS]"))
        self.assertIn("Membership", tabs(soup))
        self.assertIn("Invite or remove editors", soup.get_text())

    def test_an_editor_without_the_permission_sees_them_read_only(self):
        response, soup = self.edit_page(self.editor)
        self.assertFalse(self.editor.has_perm("members.manage_membership"))
        form = response.context["form"]
        self.assertNotIn("membership_status", form.fields)
        self.assertNotIn("member_since", form.fields)
        self.assertIsNone(soup.select_one("[name=membership_status]"))
        self.assertIsNone(soup.select_one("[name=member_since]"))
        self.assertIsNone(soup.select_one("[name=labels-TOTAL_FORMS]"))
        self.assertIn("Membership", tabs(soup))
        read_only = [
            " ".join(output.get_text().split())
            for output in soup.select("[aria-readonly=true]")
        ]
        self.assertIn("Active", read_only)
        self.assertIn("2015", read_only)
        self.assertIn("Factory of the Future (2021)", read_only)
        # Who edits the page is for staff to manage.
        self.assertNotIn("Invite or remove editors", soup.get_text())
        self.assertIn("Classification", tabs(soup))
        # The rest of the profile is theirs to edit.
        self.assertIsNotNone(soup.select_one("[name=summary]"))

    def post_as_editor(self, **extra):
        self.client.force_login(self.editor)
        data = nested_form_data(
            {
                "title": "MedCo",
                "slug": "medco",
                "summary": "Smaller pacemakers.",
                "body": streamfield([]),
                "products": inline_formset([]),
                "contacts": inline_formset([]),
                "social_links": streamfield([]),
                "country": "BE",
                "size_band": "",
                "founded_year": "",
                "action-publish": "publish",
                **extra,
            }
        )
        return self.client.post(edit_url(self.member), data)

    def test_an_editor_can_save_the_profile_and_leaves_membership_as_it_was(self):
        response = self.post_as_editor()
        self.assertEqual(response.status_code, 302, getattr(response, "context", None))
        member = MemberPage.objects.get(pk=self.member.pk)
        self.assertEqual(member.summary, "Smaller pacemakers.")
        self.assertEqual(member.membership_status, MemberPage.Status.ACTIVE)
        self.assertEqual(member.member_since, 2015)
        self.assertEqual(
            [label.name for label in member.labels.all()], ["Factory of the Future"]
        )

    def test_an_editor_cannot_change_membership_by_posting_it(self):
        response = self.post_as_editor(
            membership_status="lapsed",
            member_since="1999",
            labels=inline_formset([{"name": "Fake award", "year": "2024"}]),
        )
        self.assertEqual(response.status_code, 302)
        member = MemberPage.objects.get(pk=self.member.pk)
        self.assertEqual(member.summary, "Smaller pacemakers.")
        self.assertEqual(member.membership_status, MemberPage.Status.ACTIVE)
        self.assertEqual(member.member_since, 2015)
        self.assertEqual(
            [label.name for label in member.labels.all()], ["Factory of the Future"]
        )
        # Also in the revision the page was published from.
        revision = member.get_latest_revision_as_object()
        self.assertEqual(
            (revision.membership_status, revision.member_since),
            (MemberPage.Status.ACTIVE, 2015),
        )

    def test_staff_can_change_membership(self):
        self.client.force_login(self.superuser)
        data = nested_form_data(
            {
                "title": "MedCo",
                "slug": "medco",
                "summary": "Pacemakers.",
                "body": streamfield([]),
                "products": inline_formset([]),
                "contacts": inline_formset([]),
                "labels": inline_formset([{"name": "Best start-up", "year": "2024"}]),
                "social_links": streamfield([]),
                "country": "BE",
                "membership_status": "lapsed",
                "member_since": "2016",
                "action-publish": "publish",
            }
        )
        response = self.client.post(edit_url(self.member), data)
        self.assertEqual(response.status_code, 302)
        member = MemberPage.objects.get(pk=self.member.pk)
        self.assertEqual(
            (member.membership_status, member.member_since), ("lapsed", 2016)
        )
        self.assertIn("Best start-up", [label.name for label in member.labels.all()])
