"""Admin: a Members listing for staff, and the sector snippet."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MemberPage, Sector


class MemberPageFilterSet(PageListingViewSet.filterset_class):
    membership_status = django_filters.ChoiceFilter(
        label=_("Membership"),
        choices=MemberPage.Status.choices,
        empty_label=_("Any"),
        widget=forms.RadioSelect,
    )
    sectors = django_filters.ModelMultipleChoiceFilter(
        label=_("Sector"),
        queryset=Sector.objects.select_related("locale").order_by("locale", "name"),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )

    class Meta:
        model = MemberPage
        fields = ["membership_status", "sectors", "size_band", "city"]


class MemberPageListingViewSet(PageListingViewSet):
    model = MemberPage
    icon = "group"
    menu_label = _("Members")
    menu_order = 160
    add_to_admin_menu = True
    filterset_class = MemberPageFilterSet
    columns = [
        *PageListingViewSet.columns,
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
