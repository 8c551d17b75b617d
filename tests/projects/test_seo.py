"""A project's metadata: schema.org ResearchProject JSON-LD, breadcrumbs, Open
Graph and canonical links; the index as a CollectionPage and a Dataset whose
downloads answer; the French pages in French."""

import datetime
import json
from decimal import Decimal

from bs4 import BeautifulSoup
from django.test import TestCase

from cluster_portal.core.models import ContactSettings, Organisation
from demo.factories.core import OrganisationFactory, StrategicAreaFactory
from projects.models import ProjectPage, ProjectPartner
from tests.conftest import build_site_tree
from tests.core.helpers import canonical, json_ld, meta, scripts, translate
from tests.members.support import build_member_tree, make_member
from tests.projects.support import build_project_tree, make_project

SITE = "http://testserver"
INDEX_URL = f"{SITE}/en/projects/"
PROJECT_URL = f"{SITE}/en/projects/quantum-care/"
INDEX_FR_URL = f"{SITE}/fr/projets/"
PROJECT_FR_URL = f"{SITE}/fr/projets/soins-quantiques/"
CLUSTER = {"@type": "Organization", "name": "Health Cluster", "url": f"{SITE}/"}
SUMMARY = "Quantum sensors that watch over patients at home."


def organisation(name, url=None):
    data = {"@type": "Organization", "name": name}
    if url is not None:
        data["url"] = url
    return data


def role(name, member):
    return {"@type": "OrganizationRole", "roleName": name, "member": member}


class ProjectMetadataTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = tree = build_project_tree(build_member_tree(build_site_tree()))
        contact = ContactSettings.for_site(tree["home"].get_site())
        contact.organisation_name = "Health Cluster"
        contact.save()
        directory = tree["directory"]
        cls.medco = make_member(directory, title="MedCo", slug="medco")
        cls.trasis = make_member(directory, title="Trasis", slug="trasis")
        cls.nanocore = make_member(directory, title="Nanocore", slug="nanocore")
        # Never published, and published then withdrawn.
        cls.gone = make_member(directory, title="Gone Ltd", slug="gone", draft=True)
        cls.withdrawn = make_member(directory, title="Withdrawn SA", slug="withdrawn")
        cls.withdrawn.unpublish()
        cls.uliege = OrganisationFactory(
            name="University of Liège",
            kind=Organisation.Kind.UNIVERSITY,
            website="https://www.uliege.example/",
        )
        cls.chu = OrganisationFactory(
            name="CHU of Liège", kind=Organisation.Kind.HOSPITAL, website=""
        )
        cls.project = make_project(
            tree["projects_index"],
            title="Quantum Care",
            slug="quantum-care",
            acronym="QC1",
            summary=SUMMARY,
            label_date=datetime.date(2021, 3, 15),
            start_date=datetime.date(2021, 6, 1),
            end_date=datetime.date(2024, 5, 31),
            status=ProjectPage.Status.RUNNING,
            coordinated_by_cluster=True,
            total_budget=Decimal("1000000.00"),
            private_funding=Decimal("300000.00"),
            public_funding=None,
            public_funding_source="Walloon Region",
            strategic_areas=[tree["implants"], tree["biopharma"]],
            partners=[
                {"member": cls.medco, "role": "coordinator"},
                {"organisation": cls.uliege, "role": "academic"},
                {"member": cls.gone, "role": "industrial"},
                {"organisation": cls.chu, "role": "hospital"},
                {"member": cls.trasis, "role": "industrial"},
                {"member": cls.withdrawn, "role": "coordinator"},
                {"member": cls.nanocore, "role": "subcontractor"},
            ],
            outcomes=[{"kind": "patent", "title": "A patent", "year": 2023}],
        )

    def fetch(self, url="/en/projects/quantum-care/"):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return BeautifulSoup(response.content, "html.parser")

    def project_json(self, url="/en/projects/quantum-care/"):
        return json_ld(self.fetch(url), "ResearchProject")

    def make(self, slug, **fields):
        """Another project under the English index."""
        return make_project(
            self.tree["projects_index"], title=slug, slug=slug, **fields
        )


class ResearchProjectJsonLdTests(ProjectMetadataTestCase):
    def test_one_research_project_that_parses(self):
        soup = self.fetch()
        blocks = soup.select('script[type="application/ld+json"]')
        types = [json.loads(block.string)["@type"] for block in blocks]
        self.assertEqual(types.count("ResearchProject"), 1)
        self.assertEqual(sorted(types), ["BreadcrumbList", "ResearchProject"])

    def test_the_project_describes_itself(self):
        project = self.project_json()
        self.assertEqual(project["@context"], "https://schema.org")
        self.assertEqual(project["name"], "Quantum Care")
        self.assertEqual(project["alternateName"], "QC1")
        self.assertEqual(project["description"], SUMMARY)
        self.assertEqual(project["url"], PROJECT_URL)
        # inLanguage is no property of a ResearchProject (an Organization).
        self.assertNotIn("inLanguage", project)
        # A ResearchProject is an Organization: its start and end are its
        # founding and dissolution.
        self.assertEqual(project["foundingDate"], "2021-06-01")
        self.assertEqual(project["dissolutionDate"], "2024-05-31")
        # The area names, in the areas' order.
        self.assertEqual(project["keywords"], ["Biopharma", "Implanted devices"])

    def test_what_a_project_lacks_is_left_out(self):
        self.make(
            "sparse",
            acronym="",
            start_date=None,
            end_date=None,
            public_funding_source="",
        )
        project = self.project_json("/en/projects/sparse/")
        for key in ("alternateName", "foundingDate", "dissolutionDate", "keywords"):
            with self.subTest(key):
                self.assertNotIn(key, project)
        self.assertEqual(project["url"], f"{INDEX_URL}sparse/")

    def test_partners_are_organization_roles(self):
        # The cluster first, as it coordinates; then the partners in the
        # editor's order: members with their page on the portal, organisations
        # with their own website, or no url without one.
        self.assertEqual(
            self.project_json()["member"],
            [
                role("Coordinator", CLUSTER),
                role("Coordinator", organisation("MedCo", f"{SITE}/en/members/medco/")),
                role(
                    "Academic partner",
                    organisation("University of Liège", "https://www.uliege.example/"),
                ),
                role("Hospital", organisation("CHU of Liège")),
                role(
                    "Industrial partner",
                    organisation("Trasis", f"{SITE}/en/members/trasis/"),
                ),
                role(
                    "Subcontractor",
                    organisation("Nanocore", f"{SITE}/en/members/nanocore/"),
                ),
            ],
        )

    def test_the_cluster_coordinates_only_when_it_says_so(self):
        self.make(
            "partner-led",
            coordinated_by_cluster=False,
            partners=[{"organisation": self.uliege, "role": "coordinator"}],
        )
        members = self.project_json("/en/projects/partner-led/")["member"]
        self.assertEqual(
            members,
            [
                role(
                    "Coordinator",
                    organisation("University of Liège", "https://www.uliege.example/"),
                )
            ],
        )
        self.assertNotIn("Health Cluster", json.dumps(members))

    def test_no_unpublished_member_appears(self):
        # Neither a member never published nor one withdrawn: not as a
        # partner, not as a funder, nowhere in the JSON-LD.
        soup = self.fetch()
        text = json.dumps(scripts(soup), ensure_ascii=False)
        for name in ("Gone Ltd", "Withdrawn SA", "/members/gone/", "/withdrawn/"):
            with self.subTest(name):
                self.assertNotIn(name, text)
        names = [entry["member"]["name"] for entry in self.project_json()["member"]]
        self.assertEqual(len(names), 6)

    def test_the_public_funder(self):
        self.assertEqual(self.project_json()["funder"], organisation("Walloon Region"))

    def test_funding_is_two_monetary_grants_in_euros(self):
        # The private funding, from the members that coordinate or lead
        # the industrial work; the public funding, here computed as the total
        # minus the private funding, from the public funder.
        project = ProjectPage.objects.get(pk=self.project.pk)
        private, public = self.project_json()["funding"]
        self.assertEqual(
            private,
            {
                "@type": "MonetaryGrant",
                "name": "Private funding",
                "amount": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": "300000.00",
                },
                "funder": [
                    organisation("MedCo", f"{SITE}/en/members/medco/"),
                    organisation("Trasis", f"{SITE}/en/members/trasis/"),
                ],
            },
        )
        self.assertEqual(
            public,
            {
                "@type": "MonetaryGrant",
                "name": "Public funding",
                "amount": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": "700000.00",
                },
                "funder": organisation("Walloon Region"),
            },
        )
        self.assertEqual(private["amount"]["value"], str(project.private_funding))
        self.assertEqual(public["amount"]["value"], str(project.public_amount))

    def test_entered_public_funding_is_given_to_the_cent(self):
        # Strings, as stored: a float would turn 450000.50 into 450000.5.
        self.make(
            "cents",
            total_budget=Decimal("1234567.89"),
            private_funding=Decimal("123456.78"),
            public_funding=Decimal("450000.50"),
        )
        private, public = self.project_json("/en/projects/cents/")["funding"]
        self.assertEqual(private["amount"]["value"], "123456.78")
        self.assertEqual(public["amount"]["value"], "450000.50")
        for grant in (private, public):
            with self.subTest(grant["name"]):
                self.assertEqual(grant["amount"]["currency"], "EUR")
                self.assertEqual(grant["amount"]["@type"], "MonetaryAmount")
                self.assertIsInstance(grant["amount"]["value"], str)

    def test_without_a_public_funder_no_funder_is_claimed(self):
        self.make("unfunded", public_funding_source="", partners=[])
        project = self.project_json("/en/projects/unfunded/")
        self.assertNotIn("funder", project)
        for grant in project["funding"]:
            with self.subTest(grant["name"]):
                self.assertNotIn("funder", grant)

    def test_the_cluster_sponsors(self):
        self.assertEqual(self.project_json()["sponsor"], CLUSTER)


class ProjectPageMetadataTests(ProjectMetadataTestCase):
    def test_breadcrumbs_json_ld(self):
        crumbs = json_ld(self.fetch(), "BreadcrumbList")
        self.assertEqual(
            [(item["name"], item["item"]) for item in crumbs["itemListElement"]],
            [
                ("Home", f"{SITE}/en/"),
                ("Projects", INDEX_URL),
                ("Quantum Care", PROJECT_URL),
            ],
        )
        self.assertEqual(
            [item["position"] for item in crumbs["itemListElement"]], [1, 2, 3]
        )

    def test_open_graph_and_canonical(self):
        soup = self.fetch()
        self.assertEqual(canonical(soup), PROJECT_URL)
        self.assertEqual(meta(soup, "og:url"), PROJECT_URL)
        self.assertEqual(meta(soup, "og:title"), "Quantum Care")
        self.assertEqual(meta(soup, "og:description"), SUMMARY)
        self.assertEqual(meta(soup, "description"), SUMMARY)
        # What is shared agrees with the JSON-LD.
        project = json_ld(soup, "ResearchProject")
        self.assertEqual(meta(soup, "og:url"), project["url"])
        self.assertEqual(meta(soup, "og:description"), project["description"])


class IndexMetadataTests(ProjectMetadataTestCase):
    def test_the_index_is_a_collection_page(self):
        soup = self.fetch("/en/projects/")
        collection = json_ld(soup, "CollectionPage")
        self.assertEqual(collection["name"], "Projects")
        self.assertEqual(collection["url"], INDEX_URL)
        self.assertEqual(collection["inLanguage"], "en")
        crumbs = json_ld(soup, "BreadcrumbList")["itemListElement"]
        self.assertEqual(
            [crumb["item"] for crumb in crumbs], [f"{SITE}/en/", INDEX_URL]
        )

    def test_the_index_open_graph_and_canonical(self):
        soup = self.fetch("/en/projects/")
        self.assertEqual(canonical(soup), INDEX_URL)
        self.assertEqual(meta(soup, "og:url"), INDEX_URL)
        self.assertEqual(meta(soup, "og:title"), "Projects")
        self.assertEqual(
            meta(soup, "og:description"),
            self.tree["projects_index"].intro,
        )
        self.assertIsNone(meta(soup, "robots"))

    def test_a_filtered_index_is_canonically_the_index(self):
        soup = self.fetch("/en/projects/?status=running&area=medtech")
        self.assertEqual(canonical(soup), INDEX_URL)
        self.assertEqual(meta(soup, "og:url"), INDEX_URL)
        self.assertEqual(meta(soup, "robots"), "noindex, follow")

    def test_the_index_is_a_dataset_with_its_downloads(self):
        dataset = json_ld(self.fetch("/en/projects/"), "Dataset")
        self.assertEqual(dataset["url"], INDEX_URL)
        self.assertEqual(dataset["inLanguage"], "en")
        self.assertEqual(dataset["name"], "Projects labelled by Health Cluster")
        self.assertTrue(dataset["description"])
        self.assertEqual(dataset["creator"], CLUSTER)
        self.assertEqual(
            [
                (download["@type"], download["encodingFormat"], download["contentUrl"])
                for download in dataset["distribution"]
            ],
            [
                ("DataDownload", "text/csv", f"{INDEX_URL}export/csv/"),
                ("DataDownload", "application/json", f"{INDEX_URL}export/json/"),
            ],
        )

    def test_the_dataset_downloads_answer(self):
        dataset = json_ld(self.fetch("/en/projects/"), "Dataset")
        csv_url, json_url = (
            download["contentUrl"] for download in dataset["distribution"]
        )
        csv_response = self.client.get(csv_url)
        self.assertEqual(csv_response.status_code, 200)
        self.assertTrue(csv_response["Content-Type"].startswith("text/csv"))
        self.assertIn("Quantum Care", csv_response.getvalue().decode("utf-8-sig"))
        json_response = self.client.get(json_url)
        self.assertEqual(json_response.status_code, 200)
        self.assertEqual(json_response["Content-Type"], "application/json")
        data = json.loads(json_response.content)
        self.assertEqual(
            [project["url"] for project in data["projects"]], [PROJECT_URL]
        )


class FrenchMetadataTests(ProjectMetadataTestCase):
    """The French translation, filed under French areas and linked to French
    member pages and a French organisation."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        tree, fr = cls.tree, cls.tree["fr"]
        medtech = StrategicAreaFactory(
            locale=fr,
            name="Technologies médicales",
            slug="medtech",
            sort_order=1,
            translation_key=tree["medtech"].translation_key,
        )
        implants = StrategicAreaFactory(
            locale=fr,
            name="Dispositifs implantés",
            slug="dispositifs-implantes",
            parent=medtech,
            domain=True,
            translation_key=tree["implants"].translation_key,
        )
        biopharma = StrategicAreaFactory(
            locale=fr,
            name="Biopharmacie",
            slug="biopharmacie",
            sort_order=0,
            translation_key=tree["biopharma"].translation_key,
        )
        medco = translate(cls.medco, fr)
        trasis = translate(cls.trasis, fr)
        uliege = cls.uliege.copy_for_translation(fr)
        uliege.name = "Université de Liège"
        uliege.save()
        cls.project_fr = translate(
            ProjectPage.objects.get(pk=cls.project.pk),
            fr,
            title="Soins quantiques",
            slug="soins-quantiques",
            summary="Des capteurs quantiques veillent sur les patients à domicile.",
            public_funding_source="Région wallonne",
            strategic_areas=[implants, biopharma],
            partners=[
                ProjectPartner(member=medco, role="coordinator", sort_order=0),
                ProjectPartner(organisation=uliege, role="academic", sort_order=1),
                ProjectPartner(member=trasis, role="industrial", sort_order=2),
            ],
        )

    def test_the_translation_describes_itself_in_french(self):
        project = self.project_json("/fr/projets/soins-quantiques/")
        self.assertEqual(project["name"], "Soins quantiques")
        self.assertNotIn("inLanguage", project)
        self.assertEqual(project["url"], PROJECT_FR_URL)
        self.assertEqual(project["keywords"], ["Biopharmacie", "Dispositifs implantés"])
        self.assertEqual(project["funder"], organisation("Région wallonne"))
        self.assertEqual(
            [grant["name"] for grant in project["funding"]],
            ["Financement privé", "Financement public"],
        )

    def test_french_partners_link_to_french_pages(self):
        members = self.project_json("/fr/projets/soins-quantiques/")["member"]
        self.assertEqual(
            members,
            [
                role("Coordinateur", CLUSTER),
                role(
                    "Coordinateur",
                    organisation("MedCo", f"{SITE}/fr/membres/medco/"),
                ),
                role(
                    "Partenaire académique",
                    organisation("Université de Liège", "https://www.uliege.example/"),
                ),
                role(
                    "Partenaire industriel",
                    organisation("Trasis", f"{SITE}/fr/membres/trasis/"),
                ),
            ],
        )
        self.assertNotIn("/en/", json.dumps(members))

    def test_the_french_breadcrumbs_open_graph_and_canonical(self):
        soup = self.fetch("/fr/projets/soins-quantiques/")
        crumbs = json_ld(soup, "BreadcrumbList")["itemListElement"]
        self.assertEqual(
            [crumb["item"] for crumb in crumbs],
            [f"{SITE}/fr/", INDEX_FR_URL, PROJECT_FR_URL],
        )
        self.assertEqual(canonical(soup), PROJECT_FR_URL)
        self.assertEqual(meta(soup, "og:url"), PROJECT_FR_URL)
        self.assertEqual(meta(soup, "og:title"), "Soins quantiques")
        self.assertEqual(
            meta(soup, "og:description"),
            "Des capteurs quantiques veillent sur les patients à domicile.",
        )

    def test_the_french_index_and_its_dataset(self):
        soup = self.fetch("/fr/projets/")
        collection = json_ld(soup, "CollectionPage")
        self.assertEqual(collection["url"], INDEX_FR_URL)
        self.assertEqual(collection["inLanguage"], "fr")
        self.assertEqual(canonical(soup), INDEX_FR_URL)
        self.assertEqual(meta(soup, "og:url"), INDEX_FR_URL)
        dataset = json_ld(soup, "Dataset")
        self.assertEqual(dataset["inLanguage"], "fr")
        urls = [download["contentUrl"] for download in dataset["distribution"]]
        self.assertEqual(
            urls, [f"{INDEX_FR_URL}export/csv/", f"{INDEX_FR_URL}export/json/"]
        )
        for url in urls:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertIn(
                    "Soins quantiques", response.getvalue().decode("utf-8-sig")
                )
                self.assertNotIn(
                    "Quantum Care", response.getvalue().decode("utf-8-sig")
                )
