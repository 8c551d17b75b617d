"""The projects index and the project page."""

import dataclasses
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from cluster_portal.core.blocks import BaseStreamBlock
from cluster_portal.core.filters import distinct_values
from cluster_portal.core.forms import LocalisedTaxonomyPageForm
from cluster_portal.core.models import (
    Organisation,
    SectionIndexPage,
    SectionPage,
    StrategicArea,
    StrategicAreasMixin,
)
from cluster_portal.core.pagination import paginate
from cluster_portal.core.queries import AreaPageQuerySet
from cluster_portal.core.seo import cluster_name, collection_page
from members.links import shown
from members.models import MemberPage

from .. import exports, seo
from ..charts import bar_chart, funding_bar
from ..figures import figures_for, public_amount
from ..filters import ProjectFilterForm
from .parts import ProjectPartner

PROJECTS_PER_PAGE = 12
# Up to ten thousand million euros, to the cent.
AMOUNT_DIGITS = 12


def amount_field(verbose_name, help_text, **kwargs):
    return models.DecimalField(
        verbose_name,
        max_digits=AMOUNT_DIGITS,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0))],
        help_text=help_text,
        **kwargs,
    )


class ProjectPageQuerySet(AreaPageQuerySet):
    def newest_first(self):
        """Most recently labelled first."""
        return self.order_by("-label_date", "title", "-pk")

    def with_public_funding(self):
        """`public_funding_amount`, in SQL: the public funding entered, or the
        total minus the private funding (what `public_amount` gives one page)."""
        return self.annotate(public_funding_amount=public_amount())

    def label_years(self):
        """The years projects were labelled in, latest first."""
        return distinct_values(self, ExtractYear("label_date"), latest_first=True)

    def for_listing(self):
        """What a card needs, fetched up front: areas and the coordinator."""
        coordinators = ProjectPartner.objects.filter(
            shown(), page=models.OuterRef("pk"), role=ProjectPartner.Role.COORDINATOR
        ).order_by("sort_order")
        name = Coalesce("member__title", "organisation__name")
        return (
            self.with_locales()
            .prefetch_related("strategic_areas")
            .annotate(
                coordinator_name=models.Subquery(
                    coordinators.annotate(name=name).values("name")[:1]
                )
            )
        )


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)


@dataclasses.dataclass(frozen=True)
class Milestone:
    """A step on a project's timeline; `year_only` when only its year is known."""

    when: datetime.date
    label: str
    year_only: bool = False
    planned: bool = False


class ProjectIndexPage(RoutablePageMixin, SectionIndexPage):
    """The labelled projects of one language, with their figures and open data."""

    subpage_types = ["projects.ProjectPage"]
    page_description = _("The projects section of one language: lists every project.")

    class Meta:
        verbose_name = _("projects index")

    def projects(self):
        return ProjectPage.objects.child_of(self).live().public()

    def selection(self, request):
        """The filter form bound to the query string, and the projects it selects."""
        form = self.filter_form(request.GET)
        return form, form.filter(form.projects)

    def filter_form(self, data):
        return ProjectFilterForm(
            data,
            areas=StrategicArea.objects.filter(locale_id=self.locale_id),
            projects=self.projects(),
            members=MemberPage.objects.live().public(),
            organisations=Organisation.objects.all(),
            facets_key=f"projects:{self.pk}",
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form, selection = self.selection(request)
        figures = figures_for(selection, form.top_areas)
        page = paginate(
            request, selection.newest_first().for_listing(), PROJECTS_PER_PAGE
        )
        context.update(
            filter_form=form,
            projects=page,
            robots=self.listing_robots(form, page),
            figures=figures,
            charts=[
                bar_chart(figures.by_area, key="area", kind=_("strategic area")),
                bar_chart(figures.by_year, key="year", kind=_("year of labelling")),
            ],
        )
        return context

    @path("")
    def index_view(self, request):
        return self.render(request)

    # Wagtail routes only slug segments ending in "/": no ".csv" suffix.
    @path("export/csv/", name="csv")
    def csv_export(self, request):
        _form, selection = self.selection(request)
        return exports.csv_response(selection, request, self)

    @path("export/json/", name="json")
    def json_export(self, request):
        _form, selection = self.selection(request)
        return exports.json_response(selection, request, self)

    def get_structured_data(self, request):
        return [collection_page(self, request), seo.dataset(self, request)]


class ProjectPage(StrategicAreasMixin, SectionPage):
    """A labelled R&D project: its partners, funding, timeline and outcomes."""

    class Status(models.TextChoices):
        LABELLED = "labelled", _("Labelled")
        RUNNING = "running", _("Running")
        COMPLETED = "completed", _("Completed")
        STOPPED = "stopped", _("Stopped")

    acronym = models.CharField(
        max_length=40, blank=True, help_text=_("The project's short name, e.g. QC1.")
    )
    label_date = models.DateField(
        help_text=_("The day the cluster awarded its label to the project.")
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.LABELLED,
        help_text=_(
            "Labelled, then running once work starts, then completed; stopped "
            "if it ended early."
        ),
    )
    summary = models.TextField(
        max_length=400, help_text=_("One or two sentences shown on cards and shares.")
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, help_text=_("The project in full.")
    )
    coordinated_by_cluster = models.BooleanField(
        default=False,
        help_text=_(
            "The cluster itself coordinates the project. Otherwise give the "
            "coordinating partner the role “Coordinator” under Partners."
        ),
    )
    strategic_areas = StrategicAreasMixin.strategic_areas_field(
        "project_pages", _("The areas and priority domains the project belongs to.")
    )

    # Money, in euros.
    total_budget = amount_field(
        _("total budget (EUR)"), _("Everything the project costs, in euros.")
    )
    private_funding = amount_field(
        _("private funding (EUR)"),
        _("What the companies put in themselves, in euros; part of the total."),
    )
    public_funding = amount_field(
        _("public funding (EUR)"),
        _("Leave empty when it is the total minus the private funding."),
        null=True,
        blank=True,
    )
    public_funding_source = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who grants the public funding, e.g. the Walloon Region."),
    )

    start_date = models.DateField(
        null=True, blank=True, help_text=_("When the work starts or started.")
    )
    end_date = models.DateField(
        null=True, blank=True, help_text=_("When the work ends or ended.")
    )

    objects = ProjectPageManager()

    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("acronym"),
        index.AutocompleteField("summary"),
        index.FilterField("status"),
        index.FilterField("label_date"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("acronym"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    project_panels = [
        FieldRowPanel([FieldPanel("label_date"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [
                FieldPanel("total_budget"),
                FieldRowPanel(
                    [FieldPanel("private_funding"), FieldPanel("public_funding")]
                ),
                FieldPanel("public_funding_source"),
            ],
            heading=_("Funding"),
        ),
    ]
    partner_panels = [
        FieldPanel("coordinated_by_cluster"),
        InlinePanel(
            "partners",
            heading=_("Coordinator and partners"),
            label=_("Partner"),
        ),
    ]
    outcome_panels = [
        InlinePanel(
            "outcomes",
            heading=_("Outcomes"),
            label=_("Outcome"),
            help_text=_("A product on the market, a patent, a clinical study…"),
        ),
    ]
    taxonomy_panels = [
        StrategicAreasMixin.strategic_areas_panel,
    ]
    edit_handler = SectionPage.editor_tabs(
        (_("Content"), content_panels),
        (_("Dates and funding"), project_panels),
        (_("Partners"), partner_panels),
        (_("Outcomes"), outcome_panels),
        (_("Topics"), taxonomy_panels),
    )

    api_fields = [
        APIField("acronym"),
        APIField("label_date"),
        APIField("status"),
        APIField("summary"),
        APIField("body"),
        APIField("coordinated_by_cluster"),
        StrategicAreasMixin.strategic_areas_api_field,
        APIField("total_budget"),
        APIField("private_funding"),
        APIField(
            "public_amount",
            serializer=serializers.DecimalField(
                max_digits=AMOUNT_DIGITS, decimal_places=2, read_only=True
            ),
        ),
        APIField("public_funding_source"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("partners"),
        APIField("outcomes"),
    ]
    # Areas offered and accepted are those of the page's own language.
    base_form_class = LocalisedTaxonomyPageForm
    description_field = "summary"
    card_label = _("Project")
    schema_type = "ResearchProject"
    parent_page_types = ["projects.ProjectIndexPage"]
    page_description = _("A labelled R&D project, with its partners and funding.")

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        # Listings walk this index newest first and stop at the last card.
        indexes = [models.Index(fields=["label_date"], name="projects_project_label")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(total_budget__gte=0, private_funding__gte=0)
                & (
                    models.Q(public_funding__isnull=True)
                    | models.Q(public_funding__gte=0)
                ),
                name="project_amounts_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(private_funding__lte=models.F("total_budget")),
                name="project_private_within_total",
            ),
            models.CheckConstraint(
                condition=models.Q(public_funding__isnull=True)
                | models.Q(
                    public_funding__lte=models.F("total_budget")
                    - models.F("private_funding")
                ),
                name="project_public_within_what_is_left",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        total, private, public = (
            self.total_budget,
            self.private_funding,
            self.public_funding,
        )
        # Only amounts the fields accept are compared: a negative total has
        # its own error and would make a sound private amount look too large.
        amounts = [amount for amount in (total, private) if amount is not None]
        comparable = len(amounts) == 2 and min(amounts) >= 0
        if comparable and private > total:
            errors["private_funding"] = _(
                "The private funding cannot exceed the total budget."
            )
        elif (
            comparable
            and public is not None
            and public >= 0
            and private + public > total
        ):
            errors["public_funding"] = _(
                "Private and public funding together cannot exceed the total budget."
            )
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end cannot come before the start.")
        if errors:
            raise ValidationError(errors)

    # Money.
    @property
    def public_amount(self):
        """The public funding entered, or what the private funding leaves."""
        if self.public_funding is not None:
            return self.public_funding
        if self.total_budget is None or self.private_funding is None:
            return None
        return self.total_budget - self.private_funding

    @property
    def other_funding(self):
        """What neither the private nor the public funding covers, if anything."""
        return self.total_budget - self.private_funding - self.public_amount

    @property
    def private_share(self):
        """The private funding as a fraction of the total, or None for no total."""
        if not self.total_budget:
            return None
        return self.private_funding / self.total_budget

    def timeline(self, today=None):
        """Labelled, started, outcomes with a year, ended: in date order.

        An outcome known by its year alone is placed at that year's end.
        """
        today = today or datetime.date.today()
        steps = [Milestone(self.label_date, _("Labelled by the cluster"))]
        if self.start_date:
            planned = self.start_date > today
            label = _("Work starts") if planned else _("Work started")
            steps.append(Milestone(self.start_date, label, planned=planned))
        for outcome in self.outcome_list:
            # A year the form refuses may still be stored (an old revision).
            if outcome.year and datetime.MINYEAR <= outcome.year <= datetime.MAXYEAR:
                steps.append(
                    Milestone(
                        datetime.date(outcome.year, 12, 31),
                        outcome.title,
                        year_only=True,
                        planned=outcome.year > today.year,
                    )
                )
        if self.end_date:
            planned = self.end_date > today
            if self.status == self.Status.STOPPED:
                label = _("Stopped")
            else:
                label = _("Work ends") if planned else _("Work ended")
            steps.append(Milestone(self.end_date, label, planned=planned))
        return sorted(steps, key=lambda step: step.when)

    # Each is read by the template and the JSON-LD; fetched once per request.
    @cached_property
    def partner_list(self):
        """Live members and organisations, in the editor's order."""
        return ProjectPartner.visible(self.partners)

    @cached_property
    def outcome_list(self):
        return list(self.outcomes.all())

    def coordinators(self):
        return [
            partner
            for partner in self.partner_list
            if partner.role == ProjectPartner.Role.COORDINATOR
        ]

    def partners_by_role(self):
        return ProjectPartner.by_role(self.partner_list)

    def coordinator_entries(self, request):
        """(name, url) of whoever coordinates: the cluster, or partners."""
        cluster = [(cluster_name(request), None)] if self.coordinated_by_cluster else []
        return cluster + [link.entry() for link in self.coordinators()]

    def card_coordinator(self):
        """Who coordinates, for a card, or None when the cluster does (the
        card says so) or no one is named: from `for_listing`'s annotation."""
        if self.coordinated_by_cluster:
            return None
        if "coordinator_name" in self.__dict__:
            return self.coordinator_name
        links = self.coordinators()
        return links[0].name if links else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            areas=self.area_list,
            partners=self.partners_by_role(),
            coordinators=self.coordinator_entries(request),
            outcomes=self.outcome_list,
            timeline=self.timeline(),
            funding_bar=funding_bar(self),
            sections=self.linked_sections("project_page_sections", request),
        )
        return context

    def get_structured_data(self, request):
        return [seo.research_project(self, request)]
