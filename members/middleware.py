"""Keeps member editors out of the admin's site-wide reports."""

from wagtail.admin.auth import permission_denied

from .access import is_member_editor_only

# Wagtail shows its reports to anyone who may use the admin. For a member
# editor they would list other members' draft titles (page types usage) and
# the addresses of everyone who submitted anything (workflow report).
STAFF_ONLY_NAMESPACES = {"wagtailadmin_reports"}


class MemberEditorScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            match is not None
            and STAFF_ONLY_NAMESPACES.intersection(match.namespaces)
            and is_member_editor_only(request.user)
        ):
            return permission_denied(request)
        return None
