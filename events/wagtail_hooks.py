"""Admin: an Events listing, the registrations with their CSV, the member section."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cluster_portal.core.admin_filters import any_of, one_of, strategic_area_filter
from cluster_portal.core.admin_viewsets import SectionListingViewSet
from cluster_portal.core.spreadsheets import neutralise

from .forms import RegistrationAdminForm
from .models import EventPage, Registration, upcoming
from .sections import EventsOfMember


class EventPageFilterSet(PageListingViewSet.filterset_class):
    kind = any_of(_("Kind"), EventPage.Kind.choices)
    status = any_of(_("Event status"), EventPage.Status.choices)
    strategic_areas = strategic_area_filter()
    when = one_of(
        _("When"),
        [("upcoming", _("Upcoming")), ("past", _("Past"))],
        method="filter_when",
    )

    class Meta:
        model = EventPage
        fields = ["kind", "status", "strategic_areas", "when"]

    def filter_when(self, queryset, name, value):
        if value == "upcoming":
            return queryset.filter(upcoming())
        return queryset.exclude(upcoming())


class EventPageListingViewSet(SectionListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = _("Events")
    menu_order = 160
    filterset_class = EventPageFilterSet
    section_columns = [
        DateColumn("start", label=_("Starts"), sort_key="start"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
    ]


class EventChoiceField(forms.ModelChoiceField):
    """A junk or huge id in ?event= is an invalid choice, not a 500."""

    def to_python(self, value):
        if value not in self.empty_values and not (
            str(value).isdigit() and int(value) < 2**63
        ):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class EventFilter(django_filters.ModelChoiceFilter):
    field_class = EventChoiceField


class RegistrationFilterSet(WagtailFilterSet):
    event = EventFilter(
        label=_("Event"),
        queryset=lambda request: EventPage.objects.filter(
            registration_mode=EventPage.RegistrationMode.PORTAL
        ).order_by("-start"),
        method="filter_event",
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "wants_b2b_meetings"]

    def filter_event(self, queryset, name, value):
        # Every language's registrations of the event.
        return queryset.filter(event_key=value.translation_key)


class RegistrationIndexView(IndexView):
    def stream_csv(self, queryset):
        # A byte-order mark, so spreadsheet programs read accented names right.
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_row(self, writer, row_dict):
        # Names and organisations are typed by visitors: no cell may be read
        # as a formula when staff open the file.
        return writer.writerow(
            {
                field: neutralise(self.preprocess_field_value(field, value, "csv"))
                for field, value in row_dict.items()
            }
        )


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations come from the public form only: nobody adds one here,
    where capacity and the waiting list would be bypassed."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(
            user, [action for action in actions if action != "add"]
        )


register_permission_policy(
    Registration, RegistrationPermissionPolicy(Registration), exact_class=True
)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_order = 165
    add_to_admin_menu = True
    index_view_class = RegistrationIndexView
    filterset_class = RegistrationFilterSet
    list_display = [
        "name",
        "organisation_name",
        "event",
        "status",
        BooleanColumn("wants_b2b_meetings", label=_("B2B meetings")),
        DateColumn("created_at", label=_("Registered"), sort_key="created_at"),
    ]
    list_export = [
        "event",
        "name",
        "email",
        "organisation_name",
        "member",
        "status",
        "wants_b2b_meetings",
        "language",
        "created_at",
    ]
    export_filename = "registrations"
    search_fields = ["name", "email", "organisation_name"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "event",
        "name",
        "email",
        "organisation_name",
        "member",
        "wants_b2b_meetings",
        "status",
        "language",
        "created_at",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("name"), FieldPanel("email")]),
            FieldPanel("organisation_name"),
            FieldPanel("wants_b2b_meetings"),
            FieldPanel(
                "status",
                help_text=_(
                    "Cancelling a confirmed place gives it to the first on the "
                    "waiting list."
                ),
            ),
        ],
        base_form_class=RegistrationAdminForm,
    )

    def get_queryset(self, request):
        return Registration.objects.select_related("event", "member")


@hooks.register("register_admin_viewset")
def register_event_listing():
    return EventPageListingViewSet("events_listing")


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("registrations")


hooks.register("member_page_sections", EventsOfMember)
