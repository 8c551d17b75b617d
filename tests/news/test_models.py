"""NewsIndexPage and NewsPage: where they go, the admin form, validation."""

import datetime

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cluster_portal.core.models import HomePage
from demo.factories.core import StandardPageFactory, StrategicAreaFactory
from demo.factories.news import NewsSeriesFactory
from news.models import NewsIndexPage, NewsPage
from tests.conftest import build_site_tree
from tests.core.helpers import add_url, make_image, publish
from tests.news.support import build_news_tree, make_story


class NewsPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_news_tree(build_site_tree())
        cls.tree = tree
        cls.index = tree["news_index"]
        cls.index_fr = tree["news_index_fr"]
        cls.series = NewsSeriesFactory(
            title="The medtech ecosystem", slug="medtech-ecosystem", locale=tree["en"]
        )
        cls.series_fr = NewsSeriesFactory(
            title="L’écosystème medtech",
            slug="ecosysteme-medtech",
            locale=tree["fr"],
            translation_key=cls.series.translation_key,
        )
        cls.member = publish(
            StandardPageFactory(parent=tree["home"], title="MedCo", slug="medco")
        )

    def test_lives_under_the_news_index_only_and_has_no_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(NewsPage, NewsPage)

    def test_can_be_created_in_the_admin_with_authors_and_related_pages(self):
        image = make_image("Trade mission")
        self.login()
        self.assertCanCreate(
            self.index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Trade mission to Boston",
                    "slug": "trade-mission-boston",
                    "date": "2023-06-05",
                    "intro": "Ten members met investors in Boston.",
                    "lead_image": image.pk,
                    "lead_image_alt": "Delegates in front of a lab",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Why Boston", "level": "h2"}),
                            ("paragraph", rich_text("<p>A hub of medtech.</p>")),
                            (
                                "quote",
                                {
                                    "quote": "We came back with partners.",
                                    "name": "Jane Doe",
                                    "role": "CEO",
                                    "organisation": "MedCo",
                                },
                            ),
                        ]
                    ),
                    "authors": inline_formset(
                        [
                            {"name": "Ann Writer", "role": "Communications"},
                            {"name": "Bob Editor", "role": ""},
                        ]
                    ),
                    "related_pages": inline_formset([{"page": self.member.pk}]),
                    "tags": "trade mission, usa",
                    "series": self.series.pk,
                    "series_part": "2",
                }
            )
            # A list would be flattened to strategic_areas-0 by nested_form_data.
            | {"strategic_areas": [self.tree["medtech"].pk]},
        )
        story = NewsPage.objects.get(slug="trade-mission-boston")
        self.assertTrue(story.live)
        self.assertEqual(story.get_parent().pk, self.index.pk)
        self.assertEqual(story.date, datetime.date(2023, 6, 5))
        self.assertEqual(story.lead_image, image)
        self.assertEqual(
            [block.block_type for block in story.body],
            ["heading", "paragraph", "quote"],
        )
        self.assertEqual(
            [author.name for author in story.authors.all()],
            ["Ann Writer", "Bob Editor"],
        )
        self.assertEqual(
            [link.page_id for link in story.related_pages.all()], [self.member.pk]
        )
        self.assertEqual(list(story.strategic_areas.all()), [self.tree["medtech"]])
        self.assertEqual(
            sorted(tag.name for tag in story.tags.all()), ["trade mission", "usa"]
        )
        self.assertEqual((story.series, story.series_part), (self.series, 2))

    def test_renders(self):
        story = make_story(
            self.index,
            title="Networking day",
            lead_image=make_image("Crowd"),
            strategic_areas=[self.tree["medtech"]],
            tags=["networking"],
            authors=["Ann Writer"],
            related=[self.member],
        )
        self.assertPageIsRenderable(story)

    def test_admin_form_of_a_french_story_offers_french_areas_and_series(self):
        english_only = StrategicAreaFactory(locale=self.tree["en"], name="E-health")
        self.login()

        response = self.client.get(add_url(NewsPage, self.index_fr))
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertEqual(
            list(form.fields["strategic_areas"].queryset), [self.tree["medtech_fr"]]
        )
        self.assertEqual(list(form.fields["series"].queryset), [self.series_fr])
        soup = self.get_soup(response.content)
        offered = {box["value"] for box in soup.select("input[name=strategic_areas]")}
        self.assertEqual(offered, {str(self.tree["medtech_fr"].pk)})

        # And the English form offers the English ones, the domain included.
        response = self.client.get(add_url(NewsPage, self.index))
        form = response.context["form"]
        self.assertEqual(
            set(form.fields["strategic_areas"].queryset),
            {
                self.tree["medtech"],
                self.tree["biopharma"],
                self.tree["implants"],
                english_only,
            },
        )
        self.assertEqual(list(form.fields["series"].queryset), [self.series])

    def test_a_french_story_cannot_be_filed_under_an_english_area_or_series(self):
        self.login()
        response = self.client.post(
            add_url(NewsPage, self.index_fr),
            nested_form_data(
                {
                    "title": "Mission commerciale",
                    "slug": "mission-commerciale",
                    "date": "2023-06-05",
                    "intro": "Dix membres à Boston.",
                    "series": self.series.pk,
                    "series_part": "1",
                    "body": streamfield([("paragraph", rich_text("<p>Boston.</p>"))]),
                    "authors": inline_formset([]),
                    "related_pages": inline_formset([]),
                    "action-publish": "publish",
                }
            )
            | {"strategic_areas": [self.tree["medtech"].pk]},
        )
        self.assertEqual(response.status_code, 200)
        errors = response.context["form"].errors
        self.assertIn("strategic_areas", errors)
        self.assertIn("series", errors)
        self.assertFalse(NewsPage.objects.filter(slug="mission-commerciale").exists())

    def post_story(self, **fields):
        self.login()
        data = {
            "title": "Part of a series",
            "slug": "part-of-a-series",
            "date": "2023-03-01",
            "intro": "The medtech ecosystem.",
            "body": streamfield([("paragraph", rich_text("<p>Part one.</p>"))]),
            "authors": inline_formset([]),
            "related_pages": inline_formset([]),
            "series": "",
            "series_part": "",
            "action-publish": "publish",
        }
        data.update(fields)
        return self.client.post(add_url(NewsPage, self.index), nested_form_data(data))

    def test_a_series_without_a_part_number_is_refused(self):
        response = self.post_story(series=self.series.pk)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["series_part"], ["Give the part number."]
        )
        self.assertFalse(NewsPage.objects.filter(slug="part-of-a-series").exists())

    def test_a_part_number_without_a_series_is_refused(self):
        response = self.post_story(series_part="3")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["form"].errors["series"],
            ["Choose the series of this part."],
        )
        self.assertFalse(NewsPage.objects.filter(slug="part-of-a-series").exists())

    def test_a_series_with_its_part_number_is_accepted(self):
        response = self.post_story(series=self.series.pk, series_part="1")
        self.assertEqual(response.status_code, 302)
        story = NewsPage.objects.get(slug="part-of-a-series")
        self.assertEqual((story.series, story.series_part), (self.series, 1))
