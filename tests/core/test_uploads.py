"""Upload validation of images and documents, through the admin's own upload views.

Each refused upload must come back as the form again (or the JSON error of the
chooser and the multiple uploader), never a server error, with a message the
uploader can act on, and must leave nothing saved. Staff and member editors
upload through the same views; a member editor's form has no collection field.
"""

import io
import random
import re
import zipfile
from itertools import count

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cluster_portal.core.uploads import TEXT_SAMPLE, content_matches_extension
from members.access import access_for, add_editor
from members.review import STAFF_GROUP
from tests.conftest import build_site_tree
from tests.members.support import build_member_tree, make_member

Image = get_image_model()
Document = get_document_model()
COLOURS = count()


def png_bytes(width=20, height=10):
    # A new colour each time: Wagtail's chooser stops at a duplicate file.
    buffer = io.BytesIO()
    colour = (next(COLOURS) % 256, 64, 128)
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def noisy_png_bytes():
    """A PNG of several KB, which no compression shrinks: for the size limit."""
    noise = random.Random(0).randbytes(64 * 64 * 3)  # noqa: S311 - not secret
    buffer = io.BytesIO()
    PILImage.frombytes("RGB", (64, 64), noise).save(buffer, "PNG")
    return buffer.getvalue()


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


def error_text(html):
    """The error messages a form shows, as the uploader reads them."""
    soup = BeautifulSoup(html, "html.parser")
    return " ".join(
        " ".join(error.get_text().split())
        for error in soup.select(".error-message, .help-critical")
    )


class UploadTestCase(TestCase):
    """A staff user and a member editor, who upload into different collections."""

    @classmethod
    def setUpTestData(cls):
        tree = build_member_tree(build_site_tree())
        member = make_member(tree["directory"], title="Acme Medical", slug="acme")
        cls.editor = add_editor(member, "editor@acme.example")
        cls.member_collection = access_for(member).collection
        cls.staff = get_user_model().objects.create_user(
            "staff", "staff@example.org", "pw"
        )
        cls.staff.groups.add(Group.objects.get(name=STAFF_GROUP))
        cls.root_collection = Collection.get_first_root_node()

    def uploaders(self):
        """(name, user, collection posted, collection the file belongs in)."""
        return [
            ("staff", self.staff, self.root_collection, self.root_collection),
            # The editor's form has no collection field: their own is used.
            ("member editor", self.editor, None, self.member_collection),
        ]

    def post_upload(self, view, file, collection, title="Uploaded"):
        """POST `file` to `view`; returns (response, the error shown or "")."""
        prefix = self.chooser_prefix
        collection_id = "" if collection is None else collection.pk
        if view == "add":
            response = self.client.post(
                reverse(f"{self.admin}:add"),
                {"title": title, "file": file, "collection": collection_id},
            )
            errors = error_text(response.content) if response.status_code == 200 else ""
        elif view == "chooser":
            response = self.client.post(
                reverse(f"{self.chooser}:create"),
                {
                    f"{prefix}-title": title,
                    f"{prefix}-file": file,
                    f"{prefix}-collection": collection_id,
                },
            )
            data = response.json()
            errors = (
                error_text(data["htmlFragment"])
                if data["step"] == "reshow_creation_form"
                else ""
            )
        else:
            response = self.client.post(
                reverse(f"{self.admin}:add_multiple"),
                {"title": title, "files[]": file, "collection": collection_id},
            )
            data = response.json()
            errors = "" if data["success"] else data["error_message"]
        # As read: the non-breaking space in "100 bytes" is a space.
        return response, " ".join(errors.split())

    def assertRefused(self, cases):
        """Each (case, file maker, settings, message) refused in each view."""
        for who, user, collection, _home in self.uploaders():
            self.client.force_login(user)
            for view in ("add", "chooser", "add multiple"):
                for case, make_file, settings, message in cases:
                    with (
                        self.subTest(user=who, view=view, case=case),
                        override_settings(**settings),
                    ):
                        saved = self.model.objects.count()
                        response, errors = self.post_upload(
                            view, make_file(), collection
                        )
                        self.assertEqual(response.status_code, 200)
                        # Exactly the message: a second one would confuse.
                        if isinstance(message, re.Pattern):
                            self.assertRegex(errors, message)
                        else:
                            self.assertEqual(errors, message)
                        self.assertEqual(self.model.objects.count(), saved)

    def assertAccepted(self, cases):
        for who, user, collection, home in self.uploaders():
            self.client.force_login(user)
            for view in ("add", "chooser", "add multiple"):
                for case, make_file in cases:
                    title = f"{case} by {who} via {view}"
                    with self.subTest(user=who, view=view, case=case):
                        response, errors = self.post_upload(
                            view, make_file(), collection, title=title
                        )
                        self.assertEqual(errors, "")
                        self.assertIn(response.status_code, (200, 302))
                        saved = self.model.objects.get(title=title)
                        self.assertEqual(saved.collection, home)
                        self.assertEqual(saved.uploaded_by_user, user)


class ImageUploadTests(UploadTestCase):
    model = Image
    admin, chooser, chooser_prefix = (
        "wagtailimages",
        "wagtailimages_chooser",
        "image-chooser-upload",
    )

    def test_a_real_png_is_saved(self):
        self.assertAccepted([("PNG", lambda: upload("logo.png", png_bytes()))])

    def test_a_file_too_large_is_refused(self):
        self.assertRefused(
            [
                (
                    "too many bytes",
                    lambda: upload("photo.png", noisy_png_bytes()),
                    {"WAGTAILIMAGES_MAX_UPLOAD_SIZE": 1000},
                    re.compile(
                        r"^This file is too big \(\d+(\.\d)? KB\)\. "
                        r"Maximum filesize 1000 bytes\.$"
                    ),
                ),
                (
                    "too many pixels",
                    lambda: upload("photo.png", png_bytes(20, 10)),
                    {"WAGTAILIMAGES_MAX_IMAGE_PIXELS": 100},
                    "This file has too many pixels (200). Maximum pixels 100.",
                ),
            ]
        )

    def test_a_file_that_is_not_an_accepted_image_is_refused(self):
        formats = "Supported formats: GIF, JPG, JPEG, PNG, WEBP."
        self.assertRefused(
            [
                (
                    "an image named .exe",
                    lambda: upload("setup.exe", png_bytes()),
                    {},
                    f"Not a supported image format. {formats}",
                ),
                (
                    "an SVG",
                    lambda: upload(
                        "logo.svg",
                        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" '
                        b'height="10"><script>alert(1)</script></svg>',
                    ),
                    {},
                    f"Not a supported image format. {formats}",
                ),
                (
                    "text named .png",
                    lambda: upload("logo.png", b"Just some text, not a picture."),
                    {},
                    "Upload a valid image. The file you uploaded was either not an "
                    "image or a corrupted image.",
                ),
                (
                    "a PNG named .jpg",
                    lambda: upload("logo.jpg", png_bytes()),
                    {},
                    "Not a valid .jpeg image. The extension does not match the file "
                    "format (png)",
                ),
            ]
        )


class DocumentUploadTests(UploadTestCase):
    model = Document
    admin, chooser, chooser_prefix = (
        "wagtaildocs",
        "wagtaildocs_chooser",
        "document-chooser-upload",
    )

    def test_real_documents_are_saved(self):
        self.assertAccepted(
            [
                ("PDF", lambda: upload("report.pdf", b"%PDF-1.7\n%%EOF\n")),
                ("DOCX", lambda: upload("letter.docx", docx_bytes())),
                (
                    "UTF-8 CSV",
                    lambda: upload("members.csv", "name,city\nAcmé,Liège\n".encode()),
                ),
                ("RTF", lambda: upload("note.rtf", b"{\\rtf1\\ansi Hello}")),
            ]
        )

    def test_content_that_does_not_match_the_extension_is_refused(self):
        def mismatch(name, extension):
            return (
                f"The content of “{name}” is not a .{extension} file. Export it "
                "again from the program that made it, then upload it."
            )

        self.assertRefused(
            [
                (
                    "HTML named .pdf",
                    lambda: upload("report.pdf", b"<html><script>x()</script>"),
                    {},
                    mismatch("report.pdf", "pdf"),
                ),
                (
                    "text named .docx",
                    lambda: upload("letter.docx", b"Dear member,"),
                    {},
                    mismatch("letter.docx", "docx"),
                ),
                (
                    "Latin-1 text named .csv",
                    lambda: upload("members.csv", "Liège".encode("latin-1")),
                    {},
                    mismatch("members.csv", "csv"),
                ),
                (
                    "a PDF named .PDF in capitals, with HTML inside",
                    lambda: upload("REPORT.PDF", b"<html></html>"),
                    {},
                    mismatch("REPORT.PDF", "pdf"),
                ),
            ]
        )

    def test_an_extension_not_accepted_is_refused(self):
        self.assertRefused(
            [
                (
                    ".exe",
                    lambda: upload("setup.exe", b"MZ\x90\x00"),
                    {},
                    "File extension “exe” is not allowed. Allowed extensions are: "
                    "csv, docx, odt, pdf, pptx, rtf, txt, xlsx.",
                ),
                (
                    ".html",
                    lambda: upload("page.html", b"<html></html>"),
                    {},
                    "File extension “html” is not allowed. Allowed extensions are: "
                    "csv, docx, odt, pdf, pptx, rtf, txt, xlsx.",
                ),
            ]
        )

    def test_a_file_too_large_is_refused(self):
        self.assertRefused(
            [
                (
                    "too many bytes",
                    lambda: upload("report.pdf", b"%PDF-1.7\n" + b"0" * 200),
                    {"WAGTAILDOCS_MAX_UPLOAD_SIZE": 100},
                    "This file is too big (209 bytes). Maximum filesize 100 bytes.",
                )
            ]
        )

    def test_staff_cannot_replace_a_file_with_one_whose_content_does_not_match(self):
        self.client.force_login(self.staff)
        response, _ = self.post_upload(
            "add", upload("report.pdf", b"%PDF-1.7\n%%EOF\n"), self.root_collection
        )
        document = Document.objects.get()
        original = document.file.name
        response = self.client.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Annual report",
                "file": upload("report.pdf", b"<html>Not a report</html>"),
                "collection": self.root_collection.pk,
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            "The content of “report.pdf” is not a .pdf file.",
            error_text(response.content),
        )
        document.refresh_from_db()
        self.assertEqual(document.file.name, original)
        with document.file.open() as stored:
            self.assertTrue(stored.read().startswith(b"%PDF-"))


class ContentMatchesExtensionTests(SimpleTestCase):
    def matches(self, content, extension):
        return content_matches_extension(io.BytesIO(content), extension)

    def test_each_binary_type_needs_its_signature(self):
        for extension, good in [
            ("pdf", b"%PDF-1.4\n..."),
            ("docx", docx_bytes()),
            ("xlsx", b"PK\x03\x04rest"),
            ("pptx", b"PK\x03\x04rest"),
            ("odt", b"PK\x03\x04rest"),
            ("rtf", b"{\\rtf1\\ansi}"),
        ]:
            with self.subTest(extension):
                self.assertTrue(self.matches(good, extension))
                self.assertFalse(self.matches(b"<html></html>", extension))
                self.assertFalse(self.matches(b"", extension))
                # The start of the signature is not enough.
                self.assertFalse(self.matches(good[:3], extension))

    def test_the_extension_is_compared_without_case(self):
        self.assertTrue(self.matches(b"%PDF-1.4", "PDF"))
        self.assertFalse(self.matches(b"<html>", "Pdf"))

    def test_text_must_be_utf8_without_nul(self):
        for extension in ("csv", "txt"):
            with self.subTest(extension):
                self.assertTrue(self.matches("Liège;Genève\n".encode(), extension))
                self.assertTrue(self.matches(b"\xef\xbb\xbfname\n", extension))  # BOM
                self.assertFalse(self.matches("Liège".encode("latin-1"), extension))
                self.assertFalse(self.matches(b"a,b\x00c", extension))
                self.assertFalse(self.matches(b"%PDF-1.4\n\xe2\xe3\xcf\xd3", extension))

    def test_a_character_cut_by_the_sample_is_not_an_error(self):
        # Wherever a multi-byte character falls across the end of the sample
        # read, a valid UTF-8 file is accepted.
        for character in ("é", "€", "😀"):
            encoded = character.encode()
            for offset in range(1, 8):
                content = b"a" * (TEXT_SAMPLE - offset) + encoded * 4
                with self.subTest(character=character, offset=offset):
                    self.assertTrue(self.matches(content, "csv"))

    def test_the_file_position_is_left_where_it_was(self):
        upload = io.BytesIO(b"%PDF-1.4 and more")
        upload.seek(7)
        content_matches_extension(upload, "pdf")
        self.assertEqual(upload.tell(), 7)
