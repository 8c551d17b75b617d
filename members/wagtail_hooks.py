"""Admin: the Members listing and sectors for staff, and member self-service."""

import django_filters
from django import forms
from django.db.models import Q
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.log_actions import LogFormatter
from wagtail.models import Collection, WorkflowState
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cluster_portal.core.admin_filters import one_of
from cluster_portal.core.admin_viewsets import SectionListingViewSet
from cluster_portal.core.file_scope import files_in

from . import access, admin_views
from .models import MANAGE_MEMBERSHIP, MemberAccess, MemberPage, Sector


def _only_co_editors(users_for_request):
    """A page-listing user filter's choices, cut to co-editors for a member editor."""

    def choices(request):
        users = users_for_request(request)
        if access.is_member_editor_only(request.user):
            return users.filter(groups__in=request.user.groups.all()).distinct()
        return users

    return choices


def scope_page_listing_user_filters():
    """Page listings offer as "Owner" and "Edited by" choices every user who
    ever owned or edited any page: for a member editor, the names of other
    members' people. Every page listing's filter set shares these two filter
    objects (django-filter copies them per request from the base class)."""
    for name in ("owner", "edited_by"):
        user_filter = PageFilterSet.base_filters[name]
        user_filter.queryset = _only_co_editors(user_filter.queryset)


scope_page_listing_user_filters()

# The main menu a member editor keeps: the dashboard (the logo) is their start,
# and the account menu is always there; everything else is for staff.
MEMBER_EDITOR_MENU = {"help"}


class MemberPageFilterSet(PageListingViewSet.filterset_class):
    membership_status = one_of(_("Membership"), MemberPage.Status.choices)
    sectors = django_filters.ModelMultipleChoiceFilter(
        label=_("Sector"),
        queryset=Sector.objects.select_related("locale").order_by("locale", "name"),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )

    review = one_of(
        _("Review status"),
        [
            (WorkflowState.STATUS_IN_PROGRESS, _("In review")),
            (WorkflowState.STATUS_NEEDS_CHANGES, _("Changes requested")),
        ],
        method="filter_review",
    )

    class Meta:
        model = MemberPage
        fields = ["membership_status", "review", "sectors", "size_band", "city"]

    def filter_review(self, queryset, name, value):
        return queryset.filter(_specific_workflow_states__status=value)


class MemberPageListingViewSet(SectionListingViewSet):
    model = MemberPage
    icon = "group"
    menu_label = _("Members")
    menu_order = 160
    filterset_class = MemberPageFilterSet
    section_columns = [
        Column("city", label=_("City"), sort_key="city"),
        Column("member_since", label=_("Member since"), sort_key="member_since"),
        Column("membership_status", label=_("Membership")),
    ]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


@hooks.register("register_admin_viewset")
def register_member_listing():
    return MemberPageListingViewSet("member_pages")


register_snippet(SectorViewSet)


@hooks.register("register_admin_urls")
def register_member_editor_urls():
    return [
        path(
            "members/<int:page_id>/editors/",
            admin_views.editors,
            name="member_editors",
        )
    ]


class EditorsMenuItem(PageMenuItem):
    label = _("Editors")
    icon_name = "user"

    @property
    def url(self):
        return reverse("member_editors", args=[self.page.pk])


def _editors_button(page, user, priority):
    if page.specific_class is MemberPage and user.has_perm(MANAGE_MEMBERSHIP):
        yield EditorsMenuItem(page=page, priority=priority)


@hooks.register("register_page_header_buttons")
def member_editors_header_button(page, user, view_name, next_url=None):
    yield from _editors_button(page, user, priority=68)


@hooks.register("register_page_listing_more_buttons")
def member_editors_listing_button(page, user, next_url=None):
    yield from _editors_button(page, user, priority=55)


@hooks.register("construct_homepage_panels")
def member_dashboard_panels(request, panels):
    if access.is_member_editor_only(request.user):
        panels[:] = [admin_views.MemberProfilePanel(request.user)]
    elif request.user.has_perm(MANAGE_MEMBERSHIP):
        panels.insert(0, admin_views.AwaitingReviewPanel())


@hooks.register("construct_homepage_summary_items", order=100)
def member_editor_summary(request, summary_items):
    # Counts of the whole site's pages, images and documents mean nothing to
    # a member editor, and the links lead to listings they cannot use.
    if access.is_member_editor_only(request.user):
        summary_items.clear()


@hooks.register("before_serve_document")
def member_documents_once_published(document, request):
    """A document uploaded by a member is public once their live page uses it.

    Before that only those who may choose it (its member's editors, staff)
    can download it: nothing a member uploads reaches visitors unreviewed,
    and the cluster's address does not host files no page shows.
    """
    grant = MemberAccess.objects.filter(collection_id=document.collection_id).first()
    if grant is None:
        return None
    policy = policy_registry.get_by_type(type(document))
    if request.user.is_authenticated and policy.user_has_permission_for_instance(
        request.user, "choose", document
    ):
        return None
    live_pages = MemberPage.objects.live().filter(translation_key=grant.translation_key)
    if any(
        (type(document), document.pk) in set(files_in(page.body)) for page in live_pages
    ):
        return None
    raise Http404


@hooks.register("construct_page_chooser_queryset")
def member_editor_page_chooser(pages, request):
    # Linking to any live page is fine; a page never published (a member not
    # yet announced, say) is no business of another member's editor.
    if access.is_member_editor_only(request.user):
        own = access.member_pages_for(request.user).values("pk")
        pages = pages.filter(Q(live=True) | Q(pk__in=own))
    return pages


@hooks.register("construct_main_menu")
def member_editor_menu(request, menu_items):
    if access.is_member_editor_only(request.user):
        menu_items[:] = [item for item in menu_items if item.name in MEMBER_EDITOR_MENU]


@hooks.register("register_log_actions")
def register_member_log_actions(actions):
    @actions.register_action(access.EDITOR_ADDED)
    class EditorAdded(LogFormatter):
        label = _("Add member editor")

        def format_message(self, log_entry):
            return _("Added %(email)s as an editor") % {
                "email": log_entry.data.get("email", "")
            }

    @actions.register_action(access.EDITOR_REMOVED)
    class EditorRemoved(LogFormatter):
        label = _("Remove member editor")

        def format_message(self, log_entry):
            return _("Removed %(email)s as an editor") % {
                "email": log_entry.data.get("email", "")
            }


@hooks.register("api_hidden_collections")
def member_collections():
    """The API lists no file a member uploaded, also once the member's access
    has ended: staff have not reviewed them all, and a live page shows those
    it uses anyway."""
    root = access.uploads_root()
    return Collection.objects.descendant_of(root, inclusive=True).values_list(
        "pk", flat=True
    )
