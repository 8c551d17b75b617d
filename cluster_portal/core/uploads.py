"""Rules for uploaded images and documents, for staff and member editors alike.

Wagtail checks an image's extension, format, size and pixel count (see the
WAGTAILIMAGES_* settings) and a document's extension and size; this module
adds two things:

- A document's content must match its extension, so a renamed executable or
  HTML page is not served from the site as a "PDF".
- Only an explicit collection permission lets a user change or delete a file.
  Wagtail's default lets anyone with "add" change the files they uploaded,
  which would let a member editor swap the file of a logo already on their
  live page without a reviewed revision.
"""

import codecs

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionPermissionPolicy
from wagtail.permissions import register_permission_policy

ZIP = b"PK\x03\x04"
# What each accepted document extension starts with; None means plain text.
SIGNATURES = {
    "pdf": b"%PDF-",
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "rtf": b"{\\rtf",
    "csv": None,
    "txt": None,
}
TEXT_SAMPLE = 64 * 1024


def content_matches_extension(upload, extension):
    signature = SIGNATURES.get(extension.lower())
    position = upload.tell()
    try:
        upload.seek(0)
        head = upload.read(TEXT_SAMPLE if signature is None else len(signature))
    finally:
        upload.seek(position)
    if signature is not None:
        return head == signature
    try:
        # The sample may end inside a multi-byte character: an incremental
        # decoder not told it is the end tolerates exactly that, and still
        # refuses invalid bytes anywhere else.
        decoder = codecs.getincrementaldecoder("utf-8")()
        decoder.decode(head, final=len(head) < TEXT_SAMPLE)
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose content is not its type."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "content_type"):
            return upload  # unchanged on edit: the stored file was checked before
        extension = upload.name.rsplit(".", 1)[-1] if "." in upload.name else ""
        if extension.lower() in SIGNATURES and not content_matches_extension(
            upload, extension
        ):
            raise ValidationError(
                _(
                    "The content of “%(name)s” is not a .%(extension)s file. "
                    "Export it again from the program that made it, then upload it."
                ),
                params={"name": upload.name, "extension": extension.lower()},
                code="content_mismatch",
            )
        return upload

    def _post_clean(self):
        # Wagtail's Document.clean() checks the extension of the file again,
        # and for a file the form already refused finds none: "File extension
        # “” is not allowed" would stand beside the real reason.
        refused = list(self.errors.get("file", []))
        super()._post_clean()
        if refused:
            self.errors["file"] = self.error_class(refused)


class ExplicitCollectionPermissionPolicy(CollectionPermissionPolicy):
    """Wagtail's collection policy, filtering files by a subquery.

    Wagtail's lists every collection the user may use in Python and sends
    their ids back: with a collection per member, 2,500 objects built on
    every admin screen that counts or lists files.
    """

    def instances_user_has_any_permission_for(self, user, actions):
        if not (user.is_active and user.is_authenticated):
            return self.model._default_manager.none()
        if user.is_superuser:
            return self.model._default_manager.all()
        return self.model._default_manager.filter(
            collection__in=self._collections_with_perm(user, actions)
        )


def register_upload_policies():
    """Put our policy before Wagtail's for images and documents.

    Registered for the exact class, which the registry looks up first: Wagtail's
    image and document apps register theirs in ready(), and whether that runs
    before or after this depends on when the wagtail_hooks modules load.
    """
    for model in (get_image_model(), get_document_model()):
        register_permission_policy(
            model, ExplicitCollectionPermissionPolicy(model), exact_class=True
        )
