"""Admin screens of member self-service: editors of a member, and the dashboards."""

import smtplib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from . import access
from .models import MANAGE_MEMBERSHIP, MemberPage

AWAITING_REVIEW_LIMIT = 20
# What a mail server that is down or refuses raises.
MAIL_ERRORS = (smtplib.SMTPException, OSError)


def not_sent(email, page):
    return _(
        "%(email)s can edit %(page)s, but the email could not be sent. "
        "Try “Send the invitation again” later."
    ) % {"email": email, "page": page.title}


class InviteEditorForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        max_length=254,
        help_text=gettext_lazy("They receive a link to choose their password."),
    )
    name = forms.CharField(
        label=gettext_lazy("Full name"),
        max_length=150,
        required=False,
        help_text=gettext_lazy("Used for a new account only."),
    )


def _member_page(request, page_id):
    if not request.user.has_perm(MANAGE_MEMBERSHIP):
        raise PermissionDenied
    return get_object_or_404(MemberPage, pk=page_id)


@require_http_methods(["GET", "POST"])
def editors(request, page_id):
    """List a member's editors; invite one; remove one; send an invitation again."""
    page = _member_page(request, page_id)
    form = InviteEditorForm()
    status = 200
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "invite":
        form = InviteEditorForm(request.POST)
        if form.is_valid():
            email = form.cleaned_data["email"]
            try:
                access.add_editor(
                    page, email, name=form.cleaned_data["name"], added_by=request.user
                )
            except MAIL_ERRORS:
                messages.warning(request, not_sent(email, page))
            else:
                messages.success(
                    request,
                    _("%(email)s can now edit %(page)s; an email told them how.")
                    % {"email": email, "page": page.title},
                )
            return redirect("member_editors", page.pk)
        status = 400
    elif action in ("remove", "resend"):
        user_id = request.POST.get("user", "")
        if not user_id.isdigit():
            raise Http404
        user = get_object_or_404(access.editors_of(page), pk=int(user_id))
        if action == "remove":
            access.remove_editor(page, user, removed_by=request.user)
            done = _("%(email)s can no longer edit %(page)s.")
        else:
            try:
                access.send_invitation(user, page)
            except MAIL_ERRORS:
                messages.warning(request, not_sent(user.email, page))
                return redirect("member_editors", page.pk)
            done = _("Invitation sent again to %(email)s.")
        messages.success(request, done % {"email": user.email, "page": page.title})
        return redirect("member_editors", page.pk)
    elif request.method == "POST":
        status = 400  # no such action
    return TemplateResponse(
        request,
        "members/admin/editors.html",
        {"page": page, "form": form, "editors": access.editors_of(page)},
        status=status,
    )


def profile_status(page):
    """(key, label, detail) of a member page, from its prefetched workflow state."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        comment = task_state.get_comment() if task_state else ""
        return "changes", _("Changes requested"), comment
    if state is not None:
        return "review", _("In review"), ""
    if not page.live:
        return "draft", _("Not published yet"), ""
    if page.has_unpublished_changes:
        return "unsubmitted", _("Live, with changes not yet submitted"), ""
    return "live", _("Live"), ""


class MemberProfilePanel(Component):
    """The member editor's dashboard: their company page in each language."""

    name = "member_profile"
    order = 10
    template_name = "members/admin/dashboard_member.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        pages = list(
            access.member_pages_for(self.user)
            .select_related("locale")
            .with_workflow_states()
            .order_by("locale__language_code", "pk")
        )
        return {
            "rows": [(page, *profile_status(page)) for page in pages],
        }


class AwaitingReviewPanel(Component):
    """For staff: member pages submitted for review, oldest first."""

    name = "members_awaiting_review"
    order = 5
    template_name = "members/admin/awaiting_review.html"

    def get_context_data(self, parent_context=None):
        states = (
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                content_type__app_label="members",
                content_type__model="memberpage",
            )
            .select_related("requested_by", "current_task_state")
            .order_by("created_at")
        )
        total = states.count()
        states = list(states[:AWAITING_REVIEW_LIMIT])
        pages = MemberPage.objects.select_related("locale").in_bulk(
            [int(state.object_id) for state in states]
        )
        rows = [
            (pages[int(state.object_id)], state)
            for state in states
            if int(state.object_id) in pages
        ]
        return {"rows": rows, "total": total, "more": total - len(rows)}
