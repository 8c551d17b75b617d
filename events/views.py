"""The registration pages of an event: the form, its result, cancelling."""

from urllib.parse import urlencode

from django.core import signing
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from members.models import MemberPage

# The module, not its names: the page model's module imports this one.
from . import models
from . import registration_service as service
from .forms import RegistrationForm

RESULT_SALT = "events.registered"
RESULT_MAX_AGE = 60 * 60 * 24


def page_context(event, request, **extra):
    context = event.get_context(request)
    context["extra_crumb"] = _("Registration")
    context.update(extra)
    return context


def member_choices(event):
    # Active members only: a lapsed or pending one is not a member to link.
    return (
        MemberPage.objects.filter(locale_id=event.locale_id)
        .in_directory()
        .only("id", "title")
    )


@never_cache
@csrf_protect
def register(request, event):
    if event.registration_mode != event.RegistrationMode.PORTAL:
        raise Http404("This event takes no registration here")
    form = RegistrationForm(
        request.POST if request.method == "POST" else None,
        event=event,
        members=member_choices(event),
    )
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            registration, _token = service.register(
                event,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                organisation_name=form.cleaned_data["organisation"],
                member=form.member(),
                b2b=form.cleaned_data.get("wants_b2b_meetings", False),
            )
            return redirect_to_result(event, registration, again=False)
        except service.AlreadyRegistered as refused:
            service.remind(refused.registration)
            return redirect_to_result(event, refused.registration, again=True)
        except service.RegistrationError as refused:
            form.add_error(None, str(refused))
            status = 409
    elif request.method == "POST":
        status = 400
    elif request.method not in ("GET", "HEAD"):
        status = 405
    return TemplateResponse(
        request,
        "events/registration_form.html",
        page_context(event, request, form=form),
        status=status,
    )


def redirect_to_result(event, registration, *, again):
    token = signing.dumps([registration.pk, again], salt=RESULT_SALT, compress=True)
    url = event.url + event.reverse_subpage("registered")
    return redirect(f"{url}?{urlencode({'r': token})}")


@never_cache
def registered(request, event, token):
    if len(token) > 200:
        raise Http404("Unknown registration")
    try:
        pk, again = signing.loads(token, salt=RESULT_SALT, max_age=RESULT_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        raise Http404("Unknown registration") from None
    result = models.Registration.objects.filter(
        pk=pk, event_key=event.translation_key
    ).first()
    if result is None:
        raise Http404("Unknown registration")
    return TemplateResponse(
        request,
        "events/registration_done.html",
        page_context(event, request, result=result, again=again),
    )


@never_cache
@csrf_protect
def cancel(request, event, token):
    """Ask first (a mail scanner may follow the link), cancel on POST."""
    found = service.find(token)
    if found is None or found.event_key != event.translation_key:
        found = None
    return cancel_page(request, event, found)


@never_cache
@csrf_protect
def cancel_by_token(request, token):
    """The mailed link: outside the page tree, so renaming the event keeps it."""
    found = service.find(token)
    event = found.page if found else None
    if event is not None and not event.live:
        event = (
            models.EventPage.objects.live()
            .filter(translation_key=found.event_key)
            .order_by("pk")
            .first()
        )
    if event is None:
        raise Http404("Unknown registration")
    return cancel_page(request, event, found)


def cancel_page(request, event, found):
    if found is None:
        state, status = "unknown", 404
    elif found.status == models.Registration.Status.CANCELLED:
        state, status = "used", 410
    elif request.method == "POST":
        cancelled = service.cancel(found)
        state, status = ("cancelled", 200) if cancelled else ("used", 410)
    else:
        state, status = "confirm", 200
    return TemplateResponse(
        request,
        "events/registration_cancel.html",
        page_context(event, request, state=state, registration=found),
        status=status,
    )
