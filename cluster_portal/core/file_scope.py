"""Which images and documents a page form refers to, and whether the user may.

The choosers only offer what a user may choose, but a crafted POST can name
any file id: without this check a member editor could show another member's
unpublished upload in their own preview.
"""

from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def _file_models():
    return (get_image_model(), get_document_model())


def files_in(value):
    """(model, pk) of each image or document in a form or model value."""
    models = _file_models()
    if isinstance(value, models):
        yield type(value), value.pk
    elif isinstance(value, StreamValue):
        for model, pk, _path, _content in value.stream_block.extract_references(value):
            if issubclass(model, models):
                yield model, int(pk)


def files_of_form(form):
    """The files a validated form (and its child formsets) refers to."""
    found = set()
    for name in form.fields:
        found.update(files_in(form.cleaned_data.get(name)))
    for formset in getattr(form, "formsets", {}).values():
        for child_form in formset.forms:
            data = getattr(child_form, "cleaned_data", None) or {}
            if not data.get("DELETE"):
                for name in child_form.fields:
                    found.update(files_in(data.get(name)))
    return found


def files_of_instance(form, instance):
    """The files `instance` refers to through the fields `form` edits."""
    found = set()
    for name in form.fields:
        found.update(files_in(getattr(instance, name, None)))
    for relation, formset in getattr(form, "formsets", {}).items():
        if instance.pk or relation in getattr(instance, "_cluster_related_objects", {}):
            for child in getattr(instance, relation).all():
                for name in formset.form.base_fields:
                    found.update(files_in(getattr(child, name, None)))
    return found


def files_out_of_reach(user, submitted, before):
    """Files (model, pk) in `submitted`, not in `before`, that `user` cannot choose."""
    from wagtail.permissions import policy_registry

    out_of_reach = []
    for model in _file_models():
        added = {pk for found, pk in submitted - before if found is model}
        if not added:
            continue
        policy = policy_registry.get_by_type(model)
        allowed = set(
            policy.instances_user_has_permission_for(user, "choose")
            .filter(pk__in=added)
            .values_list("pk", flat=True)
        )
        out_of_reach += [(model, pk) for pk in sorted(added - allowed)]
    return out_of_reach
