"""Edit-form panels for fields that staff change and member editors only read.

Wagtail's `permission` on a panel hides it. The member should still see their
membership status, year and labels, so these panels show the value read-only
to a user without the permission. The form leaves the field (or the labels
formset) out for that user, so a crafted POST cannot change it either.
"""

from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, Panel

from . import access


class StaffOnlyFieldPanel(FieldPanel):
    """A field editable with `permission`, and read-only without it."""

    def __init__(self, field_name, *, permission, **kwargs):
        super().__init__(field_name, permission=permission, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is not None and self.bound_field is None:
                # The form dropped the field: this user may not change it.
                self.read_only = True
                field = self.panel.db_field
                self.heading = self.panel.heading or capfirst(field.verbose_name)
                self.help_text = self.panel.help_text or field.help_text

        def is_shown(self):
            return self.form is None or self.bound_field is not None or self.read_only


class ReadOnlyRowsPanel(Panel):
    """The rows of a child relation, as a list."""

    def __init__(self, relation_name, **kwargs):
        super().__init__(**kwargs)
        self.relation_name = relation_name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "relation_name": self.relation_name}

    class BoundPanel(Panel.BoundPanel):
        template_name = "members/admin/panels/read_only_rows.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = list(
                getattr(self.instance, self.panel.relation_name).all()
            )
            context["empty_text"] = _("None yet.")
            return context


class StaffOnlyInlinePanel(InlinePanel):
    """An InlinePanel for users whose form has the formset; a list for the others.

    The page form (MemberPageForm) removes the formset for users without the
    permission: Wagtail has no permission for an InlinePanel, and a hidden
    formset would still be required on save and could still be posted.
    """

    def on_model_bound(self):
        super().on_model_bound()
        self.read_only_panel = ReadOnlyRowsPanel(
            self.relation_name, heading=self.heading or self.label
        ).bind_to_model(self.model)

    def get_bound_panel(self, instance=None, request=None, form=None, prefix="panel"):
        if form is not None and self.relation_name not in form.formsets:
            return self.read_only_panel.get_bound_panel(
                instance=instance, request=request, form=form, prefix=prefix
            )
        return super().get_bound_panel(
            instance=instance, request=request, form=form, prefix=prefix
        )


class EditorsPanel(Panel):
    """For staff: who edits this member's page, with a link to manage them."""

    def __init__(self, *, permission, **kwargs):
        super().__init__(**kwargs)
        self.permission = permission

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "permission": self.permission}

    class BoundPanel(Panel.BoundPanel):
        template_name = "members/admin/panels/editors.html"

        def is_shown(self):
            return self.request is not None and self.request.user.has_perm(
                self.panel.permission
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page is not None and page.pk:
                context["editors"] = list(access.editors_of(page))
                context["manage_url"] = reverse("member_editors", args=[page.pk])
            return context
