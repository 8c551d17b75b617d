"""Django's LocaleMiddleware, minus one redirect that only hides a 404."""

from django.middleware.locale import LocaleMiddleware


class PortalLocaleMiddleware(LocaleMiddleware):
    """Redirect to a language prefix only when the address matched no URL.

    Django redirects any 404 outside a language prefix to the prefixed
    address when that one is valid, and under /<lang>/ Wagtail accepts every
    path. So a 404 from a view outside the prefixes (an admin page for an
    object that no longer exists, say) became a redirect to /en/admin/…,
    which answered 404 in turn: for a POST the answer was lost in a GET.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.resolver_match is not None:
            return response
        return super().process_response(request, response)
