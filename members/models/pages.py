"""The member company profile: its page, form, products, labels, contacts."""

from django import forms
from django.db import models
from django.db.models.functions import Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import (
    Orderable,
    Page,
    PageManager,
    WorkflowState,
)
from wagtail.search import index

from cluster_portal.core import renditions
from cluster_portal.core.api_fields import TaxonomyField
from cluster_portal.core.blocks import BaseStreamBlock
from cluster_portal.core.file_scope import (
    files_of_form,
    files_of_instance,
    files_out_of_reach,
)
from cluster_portal.core.forms import LocalisedTaxonomyPageForm
from cluster_portal.core.models import (
    PostalAddress,
    SectionPage,
    StrategicAreasMixin,
    Taxonomy,
)
from cluster_portal.core.models.fields import image_field
from cluster_portal.core.models.site_settings import SocialLinkBlock
from cluster_portal.core.queries import PortalPageQuerySet

from .. import seo
from ..panels import EditorsPanel, StaffOnlyFieldPanel, StaffOnlyInlinePanel
from ..permissions import MemberPagePermissionTester

# Permission that guards the staff-only membership fields.
MANAGE_MEMBERSHIP = "members.manage_membership"


class Sector(Taxonomy):
    """An industry sector members work in: biotech, medtech, e-health…"""

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class MemberPageTechnology(TaggedItemBase):
    content_object = ParentalKey(
        "members.MemberPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MemberPageQuerySet(PortalPageQuerySet):
    def in_directory(self):
        """Live, public, active members, A to Z.

        A pending application is not yet a membership, and a lapsed one no
        longer is: both pages stay reachable but are not listed.
        """
        return (
            self.live()
            .public()
            .filter(membership_status=MemberPage.Status.ACTIVE)
            # Lower: "eCare" between "DiagLab" and "Neuroscope", not after "Z".
            .order_by(Lower("title"), "pk")
        )

    def with_workflow_states(self):
        """Wagtail's prefetch_workflow_states, working on member pages.

        Wagtail's goes through the base Page content type unless the queryset
        came from .specific(), so on MemberPage.objects it finds no state.
        """
        states = WorkflowState.objects.active().select_related(
            "current_task_state__task"
        )
        return self.prefetch_related(
            models.Prefetch(
                "_specific_workflow_states",
                queryset=states,
                to_attr="_current_workflow_states",
            )
        )

    def for_listing(self):
        return (
            self.select_related("logo")
            .with_renditions("logo", renditions.picture("member_logo"))
            .prefetch_related("sectors")
        )


MemberPageManager = PageManager.from_queryset(MemberPageQuerySet)


class MemberPageForm(LocalisedTaxonomyPageForm):
    """The member page form: staff-only labels, and files within the user's reach.

    It leaves the staff-only labels out of the form of a user without the
    permission: Wagtail has no permission for an InlinePanel, and a hidden
    formset would still be required (so the member could not save) and could
    still be posted.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = kwargs.get("for_user")
        if self.user is not None and not self.user.has_perm(MANAGE_MEMBERSHIP):
            self.formsets.pop("labels", None)
        # Before validation writes the submitted values onto the instance.
        self.files_before = files_of_instance(self, self.instance)

    def is_valid(self):
        # Here rather than in clean(): the child formsets (product images)
        # are validated after the form's own clean().
        if not super().is_valid():
            return False
        if getattr(self, "files_checked", False):
            return True
        self.files_checked = True
        if self.user is not None and files_out_of_reach(
            self.user, files_of_form(self), self.files_before
        ):
            self.add_error(
                None,
                _(
                    "This page uses an image or document you cannot choose. "
                    "Pick one from your own collection, or upload it again."
                ),
            )
            return False
        return True


class MemberPage(StrategicAreasMixin, PostalAddress, SectionPage):
    """A member company's public profile."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PENDING = "pending", _("Application pending")
        LAPSED = "lapsed", _("Lapsed")

    class SizeBand(models.TextChoices):
        MICRO = "micro", _("1–9 employees")
        SMALL = "small", _("10–49 employees")
        MEDIUM = "medium", _("50–249 employees")
        LARGE = "large", _("250 employees or more")

    logo = image_field(_("The company's logo, on a plain background."))
    summary = models.CharField(
        max_length=200, help_text=_("One line: what the company does.")
    )
    body = StreamField(
        BaseStreamBlock(), blank=True, help_text=_("The company's full description.")
    )
    sectors = ParentalManyToManyField(
        Sector, blank=True, related_name="members", help_text=_("Its sectors.")
    )
    strategic_areas = StrategicAreasMixin.strategic_areas_field(
        "member_pages", _("The cluster's areas and domains it works in.")
    )
    technologies = ClusterTaggableManager(
        through=MemberPageTechnology,
        blank=True,
        verbose_name=_("technologies"),
        help_text=_("Technologies and know-how, as keywords."),
    )
    size_band = models.CharField(
        max_length=10,
        choices=SizeBand.choices,
        blank=True,
        help_text=_("Head count band."),
    )
    founded_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("The year the company was founded.")
    )
    website = models.URLField(blank=True, help_text=_("The company's website."))
    city = models.CharField(
        max_length=100, blank=True, db_index=True, help_text=_("City.")
    )
    country = models.CharField(
        max_length=2, default="BE", help_text=_("Two-letter ISO code, e.g. BE.")
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        help_text=_("The company's social media profiles."),
    )
    # Staff-only: members see but cannot change these (see content panels).
    membership_status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.ACTIVE,
        help_text=_("Only active members are listed in the directory."),
    )
    member_since = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("The year the company joined the cluster.")
    )

    objects = MemberPageManager()

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.AutocompleteField("summary"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.RelatedFields("technologies", [index.SearchField("name")]),
        index.RelatedFields("products", [index.SearchField("name")]),
        index.FilterField("city"),
        index.FilterField("size_band"),
        index.FilterField("membership_status"),
    ]

    profile_panels = [
        FieldPanel("title", heading=_("Company name")),
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("body"),
        InlinePanel("products", heading=_("Products and services"), label=_("Product")),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                *PostalAddress.address_panels,
            ],
            heading=_("Contact details"),
        ),
        InlinePanel("contacts", heading=_("Public contacts"), label=_("Contact")),
        FieldPanel("social_links"),
    ]
    classification_panels = [
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        StrategicAreasMixin.strategic_areas_panel,
        FieldPanel("technologies"),
        FieldRowPanel([FieldPanel("size_band"), FieldPanel("founded_year")]),
    ]
    # Staff change these; member editors see them read-only (members/panels.py).
    membership_panels = [
        MultiFieldPanel(
            [
                StaffOnlyFieldPanel("membership_status", permission=MANAGE_MEMBERSHIP),
                StaffOnlyFieldPanel("member_since", permission=MANAGE_MEMBERSHIP),
                StaffOnlyInlinePanel(
                    "labels", heading=_("Labels and awards"), label=_("Label")
                ),
            ],
            heading=_("Membership"),
        ),
        EditorsPanel(heading=_("Editors"), permission=MANAGE_MEMBERSHIP),
    ]
    edit_handler = SectionPage.editor_tabs(
        (_("Profile"), profile_panels),
        (_("Classification"), classification_panels),
        (_("Membership"), membership_panels),
        settings=False,
    )

    base_form_class = MemberPageForm
    listing_image_fields = ("social_image", "logo")
    description_field = "summary"
    card_label = _("Member")
    # Read by other sections (news JSON-LD "about") without importing this app.
    schema_type = "Organization"
    # Public facts only: a contact's email is there only when made public.
    api_fields = [
        APIField("summary"),
        APIField("logo", serializer=ImageRenditionField(renditions.MEMBER_LOGO)),
        APIField("body"),
        APIField("sectors", serializer=TaxonomyField()),
        StrategicAreasMixin.strategic_areas_api_field,
        APIField("technologies"),
        APIField("size_band"),
        APIField("founded_year"),
        APIField("member_since"),
        APIField("website"),
        *PostalAddress.address_api_fields,
        APIField("social_links"),
        APIField("products"),
        APIField("labels"),
        APIField("contacts"),
    ]
    parent_page_types = ["members.MemberDirectoryPage"]
    page_description = _("A member company's profile.")

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        permissions = [
            ("manage_membership", _("Can change membership status, year and labels"))
        ]

    @cached_property
    def sector_list(self):
        return list(self.sectors.all())

    @cached_property
    def technology_list(self):
        return list(self.technologies.order_by("name"))

    def permissions_for_user(self, user):
        return MemberPagePermissionTester(user, self)

    def activity_sections(self, request):
        """What other sections know of this member: news, projects, events."""
        return self.linked_sections("member_page_sections", request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            sectors=self.sector_list,
            areas=self.area_list,
            technologies=self.technology_list,
            products=list(self.products.select_related("image")),
            labels=list(self.labels.all()),
            contacts=list(self.contacts.all()),
            activity=self.activity_sections(request),
        )
        return context

    def get_structured_data(self, request):
        return [seo.organization(self, request)]


class MemberProduct(Orderable):
    """A product or service the member offers."""

    page = ParentalKey(MemberPage, on_delete=models.CASCADE, related_name="products")
    name = models.CharField(max_length=120, help_text=_("The product's name."))
    summary = models.CharField(
        max_length=250, blank=True, help_text=_("One line about it.")
    )
    image = image_field(_("A picture of the product."))
    url = models.URLField(
        "URL", blank=True, help_text=_("Its page on the company's site.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("url"),
    ]
    api_fields = [APIField("name"), APIField("summary"), APIField("url")]

    def __str__(self):
        return self.name


class MemberLabel(Orderable):
    """A label or award the member received."""

    page = ParentalKey(MemberPage, on_delete=models.CASCADE, related_name="labels")
    name = models.CharField(max_length=160, help_text=_("E.g. Factory of the Future."))
    year = models.PositiveSmallIntegerField(help_text=_("The year it was awarded."))
    issuer = models.CharField(
        max_length=160, blank=True, help_text=_("Who awarded it.")
    )

    panels = [FieldPanel("name"), FieldPanel("year"), FieldPanel("issuer")]
    api_fields = [APIField("name"), APIField("year"), APIField("issuer")]

    def __str__(self):
        return f"{self.name} ({self.year})"


class MemberContact(Orderable):
    """A person visitors may contact at the member company."""

    page = ParentalKey(MemberPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=120, help_text=_("Full name."))
    role = models.CharField(max_length=160, blank=True, help_text=_("Job title."))
    email = models.EmailField(blank=True, help_text=_("Work email address."))
    email_is_public = models.BooleanField(
        _("show the email publicly"),
        default=False,
        help_text=_("Only then is the address shown on the site and in open data."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("email_is_public"),
    ]
    api_fields = [APIField("name"), APIField("role"), APIField("public_email")]

    def __str__(self):
        return self.name

    @property
    def public_email(self):
        return self.email if self.email_is_public else ""
