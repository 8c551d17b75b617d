"""Linked synthetic content in English and French, for the benchmark at scale.

`Generator(seed).generate(members=…, events=…, projects=…, news=…)` adds live
pages numbered after the generated ones already there: English pages in the
first English index of their section and, with the same translation key,
their French translations in its French translation. It writes through
`demo.bulk` (a few statements a table, not `add_child` a page), so a page
costs a millisecond or two instead of the 40 to 80 that `add_child`, the
revision and the signals cost.

The links are those of the real demo content: members work in areas and
sectors; an event has member participants, a partner and a programme; a
project has a member coordinator, partners and outcomes; a story has authors
and mentions members, events and projects. Each French page links the French
translations of what its English page links, as `core.translation` does
for a page translated in the admin: an area without a translation is
dropped, a page or a partner without one is kept. Images are those the demo
content already shows. Every title says "Generated", and every address is
at example.org, so nobody takes the content for real.

The same seed on the same site adds the same content.
"""

import datetime
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.management.base import CommandError
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale

from cluster_portal.core.models import Organisation, StrategicArea
from events.models import EventIndexPage, EventPage, EventParticipant, EventSession
from members.models import MemberDirectoryPage, MemberPage, Sector
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageRelatedPage,
    NewsPageTag,
)
from projects.models import (
    ProjectIndexPage,
    ProjectOutcome,
    ProjectPage,
    ProjectPartner,
)

from . import bulk
from .blocks import paragraph

MEMBER_NAME = "Zeta Health"  # sorts after the demo members, as bulk collections must
CITIES = [
    ("Liège", "4000", "BE"),
    ("Namur", "5000", "BE"),
    ("Charleroi", "6000", "BE"),
    ("Mons", "7000", "BE"),
    ("Louvain-la-Neuve", "1348", "BE"),
    ("Lyon", "69001", "FR"),
]
TIME_ZONES = {"BE": "Europe/Brussels", "FR": "Europe/Paris"}
TOPICS = [
    ("diagnostics", "le diagnostic"),
    ("medical imaging", "l'imagerie médicale"),
    ("cell therapy", "la thérapie cellulaire"),
    ("digital health", "la santé numérique"),
    ("medical devices", "les dispositifs médicaux"),
    ("clinical trials", "les essais cliniques"),
]
AUTHORS = [("Alex Generated", "Communications"), ("Sam Synthetic", "Editor")]
TAGS = ["generated", "benchmark"]


def text(english, french):
    return {"en": english, "fr": french}


@dataclass
class Pool:
    """Translatable objects to link to: English keys, and their French ones."""

    english: list = field(default_factory=list)
    french_of: dict = field(default_factory=dict)

    @classmethod
    def of(cls, queryset, en, fr):
        rows = list(
            queryset.filter(locale__in=[en, fr]).values_list(
                "pk", "translation_key", "locale_id"
            )
        )
        french = {key: pk for pk, key, locale in rows if locale == fr.pk}
        english = [(pk, key) for pk, key, locale in rows if locale == en.pk]
        return cls(
            [pk for pk, _ in english],
            {pk: french[key] for pk, key in english if key in french},
        )

    def extend(self, english, french):
        self.english += [page.pk for page in english]
        self.french_of.update(
            (en.pk, fr.pk) for en, fr in zip(english, french, strict=True)
        )

    def sample(self, rng, most):
        return rng.sample(self.english, k=min(most, len(self.english)))

    def in_language(self, pks, language, keep_untranslated):
        """The keys to link from a page in `language`: English ones as they are."""
        if language == "en":
            return list(pks)
        if keep_untranslated:
            return [self.french_of.get(pk, pk) for pk in pks]
        return [self.french_of[pk] for pk in pks if pk in self.french_of]


@dataclass
class Pair:
    """One generated page in both languages, and what its English page links to."""

    en: object
    fr: object
    links: dict

    def pages(self):
        return (("en", self.en), ("fr", self.fr))


def next_number(model, index, prefix):
    """One more than the highest generated number under `index`."""
    last = (
        model.objects.child_of(index)
        .filter(slug__regex=rf"^{prefix}-[0-9]{{5}}$")
        .order_by("-slug")
        .values_list("slug", flat=True)
        .first()
    )
    return int(last.rsplit("-", 1)[1]) + 1 if last else 1


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
        self.en = Locale.objects.filter(language_code="en").first()
        self.fr = Locale.objects.filter(language_code="fr").first()
        if self.en is None or self.fr is None:
            raise CommandError("No English and French locales: run load_demo_content.")
        self.areas = Pool.of(StrategicArea.objects.all(), self.en, self.fr)
        self.sectors = Pool.of(Sector.objects.all(), self.en, self.fr)
        self.organisations = Pool.of(Organisation.objects.all(), self.en, self.fr)
        self.members = Pool.of(MemberPage.objects.live(), self.en, self.fr)
        self.events = Pool.of(EventPage.objects.live(), self.en, self.fr)
        self.projects = Pool.of(ProjectPage.objects.live(), self.en, self.fr)
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)
        self.written = []  # (model, keys) to index for search
        self.images = {}  # model -> [(image, English alt, French alt)]

    def generate(self, *, members=0, events=0, projects=0, news=0, editors=False):
        """Add the pages, members first: the others link to them."""
        indexes = {
            model: self.indexes(model, name)
            for model, name, count in (
                (MemberDirectoryPage, "member directory", members),
                (EventIndexPage, "events index", events),
                (ProjectIndexPage, "projects index", projects),
                (NewsIndexPage, "news index", news),
            )
            if count
        }
        if members:
            self.add_members(indexes[MemberDirectoryPage], members, editors)
        if events:
            self.add_events(indexes[EventIndexPage], events)
        if projects:
            self.add_projects(indexes[ProjectIndexPage], projects)
        if news:
            self.add_news(indexes[NewsIndexPage], news)
        for model, pks in self.written:
            bulk.index_for_search(model, pks)

    def indexes(self, model, name):
        english = model.objects.filter(locale=self.en).order_by("path").first()
        french = english.get_translation_or_none(self.fr) if english else None
        if french is None:
            raise CommandError(
                f"No {name} in English and French: run load_demo_content."
            )
        return english, french

    def save(self, indexes, pairs):
        english = bulk.add_pages(indexes[0], [pair.en for pair in pairs])
        french = bulk.add_pages(indexes[1], [pair.fr for pair in pairs])
        self.written.append((type(english[0]), [page.pk for page in english + french]))
        return english, french

    def pair(self, model, slug, texts, links, **fields):
        """The page in English and French: `texts` maps a field to text()."""
        en = model(
            locale=self.en,
            slug=slug,
            **{k: v["en"] for k, v in texts.items()},
            **fields,
        )
        fr = model(
            locale=self.fr,
            translation_key=en.translation_key,
            slug=slug,
            **{k: v["fr"] for k, v in texts.items()},
            **fields,
        )
        return Pair(en, fr, links)

    def link(self, pairs, field_name, pool, keep_untranslated=False):
        """Fill a many-to-many field of both languages from `links[field_name]`."""
        pages = [(lang, page, pair) for pair in pairs for lang, page in pair.pages()]
        targets = {
            page.pk: pool.in_language(pair.links[field_name], lang, keep_untranslated)
            for lang, page, pair in pages
        }
        bulk.add_links(
            [page for _, page, _ in pages], field_name, lambda page: targets[page.pk]
        )

    def rows(self, pairs, key, build):
        """Child rows of both languages: build(page, order, spec, language)
        for each spec in `links[key]`."""
        bulk.add_rows(
            build(page, order, spec, lang)
            for pair in pairs
            for lang, page in pair.pages()
            for order, spec in enumerate(pair.links[key])
        )

    def partner_rows(self, pairs, model, key):
        """Rows naming a member or an organisation (an event's participants, a
        project's partners): each spec is (role, member, organisation)."""

        def one(pool, pk, lang):
            return pk and pool.in_language([pk], lang, keep_untranslated=True)[0]

        self.rows(
            pairs,
            key,
            lambda page, order, spec, lang: model(
                page=page,
                sort_order=order,
                role=spec[0],
                member_id=one(self.members, spec[1], lang),
                organisation_id=one(self.organisations, spec[2], lang),
            ),
        )

    def paragraphs(self, subject, topic):
        en, fr = topic
        return text(
            json.dumps(
                [
                    paragraph(
                        f"<p>{subject['en']} is generated content about {en}, "
                        "written to measure the portal at scale.</p>"
                    ),
                    paragraph(f"<p>Nothing here happened: it tests {en} pages.</p>"),
                ]
            ),
            json.dumps(
                [
                    paragraph(
                        f"<p>{subject['fr']} est un contenu généré sur {fr}, "
                        "écrit pour mesurer le portail à grande échelle.</p>"
                    ),
                    paragraph(f"<p>Rien de tout ceci n'a eu lieu : {fr}, en test.</p>"),
                ]
            ),
        )

    def add_members(self, indexes, count, editors):
        directory, directory_fr = indexes
        first = next_number(MemberPage, directory, "zeta-health")
        numbers = range(first, first + count)
        places = {n: self.rng.choice(CITIES) for n in numbers}
        english, french = bulk.add_members(
            directory,
            directory_fr,
            numbers,
            name=MEMBER_NAME,
            width=5,
            fields_of=lambda n: {
                "city": places[n][0],
                "postcode": places[n][1],
                "country": places[n][2],
                "size_band": self.rng.choice(MemberPage.SizeBand.values),
                "founded_year": self.rng.randint(1990, 2024),
                "member_since": self.rng.randint(2010, 2025),
                "website": f"https://example.org/zeta-health-{n:05}",
            },
        )
        pairs = [
            Pair(en, fr, {"strategic_areas": self.areas.sample(self.rng, 2)})
            for en, fr in zip(english, french, strict=True)
        ]
        for pair in pairs:
            pair.links["sectors"] = self.sectors.sample(self.rng, 1)
        self.link(pairs, "strategic_areas", self.areas)
        self.link(pairs, "sectors", self.sectors)
        groups = bulk.grant_access(english + french)
        if editors:
            bulk.add_editors(groups)
        self.written.append((MemberPage, [page.pk for page in english + french]))
        self.members.extend(english, french)

    def add_events(self, indexes, count):
        first = next_number(EventPage, indexes[0], "generated-event")
        pairs = [self.event(number) for number in range(first, first + count)]
        self.save(indexes, pairs)
        self.link(pairs, "strategic_areas", self.areas)
        self.partner_rows(pairs, EventParticipant, "participants")
        self.rows(
            pairs,
            "sessions",
            lambda page, order, spec, lang: EventSession(
                page=page,
                sort_order=order,
                start_time=datetime.time(9 + order),
                title=spec[lang],
                speakers="Alex Generated, Sam Synthetic",
            ),
        )
        self.events.extend([p.en for p in pairs], [p.fr for p in pairs])

    def event(self, number):
        rng = self.rng
        city, postcode, country = rng.choice(CITIES)
        start = self.now + datetime.timedelta(days=rng.randint(-900, 400))
        topic = rng.choice(TOPICS)
        title = text(f"Generated event {number:05}", f"Événement généré {number:05}")
        participants = [
            (rng.choice(EventParticipant.Role.values), member, None)
            for member in self.members.sample(rng, 3)
        ] + [
            (EventParticipant.Role.PARTNER, None, organisation)
            for organisation in self.organisations.sample(rng, 1)
        ]
        return self.pair(
            EventPage,
            f"generated-event-{number:05}",
            {
                "title": title,
                "intro": text(
                    f"A generated event about {topic[0]}, for the benchmark.",
                    f"Un événement généré sur {topic[1]}, pour le banc d'essai.",
                ),
                "body": self.paragraphs(title, topic),
                **self.lead_image(EventPage),
            },
            {
                "strategic_areas": self.areas.sample(rng, 2),
                "participants": participants,
                "sessions": [
                    text(f"Session {order}", f"Séance {order}") for order in (1, 2, 3)
                ],
            },
            kind=rng.choice(EventPage.Kind.values),
            start=start,
            end=start + datetime.timedelta(hours=rng.choice([2, 8, 56])),
            time_zone=TIME_ZONES[country],
            city=city,
            postcode=postcode,
            country=country,
            registration_mode=rng.choice(EventPage.RegistrationMode.values),
            registration_url="https://example.org/register",
            capacity=rng.choice([None, 50, 200]),
        )

    def add_projects(self, indexes, count):
        first = next_number(ProjectPage, indexes[0], "generated-project")
        pairs = [self.project(number) for number in range(first, first + count)]
        self.save(indexes, pairs)
        self.link(pairs, "strategic_areas", self.areas)
        self.partner_rows(pairs, ProjectPartner, "partners")
        self.rows(
            pairs,
            "outcomes",
            lambda page, order, spec, lang: ProjectOutcome(
                page=page,
                sort_order=order,
                kind=spec[0],
                title=spec[1][lang],
                year=spec[2],
            ),
        )
        self.projects.extend([p.en for p in pairs], [p.fr for p in pairs])

    def project(self, number):
        rng = self.rng
        label_date = datetime.date(2015, 1, 1) + datetime.timedelta(
            days=rng.randint(0, 11 * 365)
        )
        total = Decimal(rng.randrange(200, 12_000)) * 1000
        private = (total * Decimal(rng.randint(15, 60)) / 100).quantize(Decimal(1000))
        topic = rng.choice(TOPICS)
        title = text(f"Generated project {number:05}", f"Projet généré {number:05}")
        roles = [role for role in ProjectPartner.Role.values if role != "coordinator"]
        members = self.members.sample(rng, 3)
        partners = [
            (ProjectPartner.Role.COORDINATOR if order == 0 else rng.choice(roles), pk)
            for order, pk in enumerate(members)
        ]
        return self.pair(
            ProjectPage,
            f"generated-project-{number:05}",
            {
                "title": title,
                "summary": text(
                    f"A generated project on {topic[0]}, for the benchmark.",
                    f"Un projet généré sur {topic[1]}, pour le banc d'essai.",
                ),
                "body": self.paragraphs(title, topic),
            },
            {
                "strategic_areas": self.areas.sample(rng, rng.randint(1, 2)),
                "partners": [(role, pk, None) for role, pk in partners]
                + [
                    (ProjectPartner.Role.ACADEMIC, None, organisation)
                    for organisation in self.organisations.sample(rng, 1)
                ],
                "outcomes": [
                    (
                        rng.choice(ProjectOutcome.Kind.values),
                        text(f"Outcome {order}", f"Résultat {order}"),
                        label_date.year + 2,
                    )
                    for order in range(1, rng.randint(1, 3))
                ],
            },
            acronym=f"GEN{number:05}",
            label_date=label_date,
            status=rng.choice(ProjectPage.Status.values),
            total_budget=total,
            private_funding=private,
            public_funding_source="Generated fund",
            start_date=label_date + datetime.timedelta(days=90),
            end_date=label_date + datetime.timedelta(days=90 + 3 * 365),
        )

    def add_news(self, indexes, count):
        first = next_number(NewsPage, indexes[0], "generated-story")
        tags = [
            Tag.objects.get_or_create(name=name, defaults={"slug": name})[0].pk
            for name in TAGS
        ]
        pairs = [self.story(number) for number in range(first, first + count)]
        self.save(indexes, pairs)
        self.link(pairs, "strategic_areas", self.areas)
        self.rows(
            pairs,
            "authors",
            lambda page, order, spec, lang: NewsPageAuthor(
                page=page, sort_order=order, name=spec[0], role=spec[1]
            ),
        )
        mentioned = Pool(
            [],
            {
                **self.members.french_of,
                **self.events.french_of,
                **self.projects.french_of,
            },
        )
        self.rows(
            pairs,
            "mentions",
            lambda page, order, pk, lang: NewsPageRelatedPage(
                story=page,
                sort_order=order,
                page_id=mentioned.in_language([pk], lang, keep_untranslated=True)[0],
            ),
        )
        self.rows(
            pairs,
            "tags",
            lambda page, order, index, lang: NewsPageTag(
                content_object=page, tag_id=tags[index]
            ),
        )

    def story(self, number):
        rng = self.rng
        topic = rng.choice(TOPICS)
        title = text(f"Generated story {number:05}", f"Article généré {number:05}")
        mentions = [
            *self.members.sample(rng, rng.randint(1, 2)),
            *self.events.sample(rng, 1),
            *self.projects.sample(rng, 1),
        ]
        return self.pair(
            NewsPage,
            f"generated-story-{number:05}",
            {
                "title": title,
                "intro": text(
                    f"A generated story about {topic[0]}, for the benchmark.",
                    f"Un article généré sur {topic[1]}, pour le banc d'essai.",
                ),
                "body": self.paragraphs(title, topic),
                **self.lead_image(NewsPage),
            },
            {
                "strategic_areas": self.areas.sample(rng, rng.randint(1, 2)),
                "authors": [rng.choice(AUTHORS)],
                "mentions": list(dict.fromkeys(mentions)),
                "tags": list(range(len(TAGS))),
            },
            date=(self.now - datetime.timedelta(days=rng.randint(0, 3650))).date(),
        )

    def lead_image(self, model):
        """An image the demo's pages of `model` show, with their alternative
        texts in both languages, as texts for `pair`."""
        if model not in self.images:
            alts = {
                (key, locale): alt
                for key, locale, alt in model.objects.filter(
                    lead_image__isnull=False
                ).values_list("translation_key", "locale_id", "lead_image_alt")
            }
            self.images[model] = sorted(
                {
                    (image, alt, alts.get((key, self.fr.pk), alt))
                    for image, key, alt in model.objects.filter(
                        locale=self.en, lead_image__isnull=False
                    ).values_list("lead_image_id", "translation_key", "lead_image_alt")
                }
            )
        if not self.images[model]:
            return {}
        image, alt_en, alt_fr = self.rng.choice(self.images[model])
        return {
            "lead_image_id": text(image, image),
            "lead_image_alt": text(alt_en, alt_fr),
        }
