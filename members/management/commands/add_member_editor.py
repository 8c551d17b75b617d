"""Make someone an editor of a member's page and email them an invitation."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from members.access import add_editor
from members.models import MemberPage


class Command(BaseCommand):
    help = (
        "Give <email> edit access to the member page <slug> (in every language), "
        "creating the account if needed, and email them an invitation."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The member page's slug, e.g. trasis.")
        parser.add_argument("email", help="The editor's email address.")
        parser.add_argument("--name", default="", help="Full name, for a new account.")

    def handle(self, slug, email, name, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not an email address: {email}") from error
        pages = list(MemberPage.objects.filter(slug=slug).order_by("pk"))
        if not pages:
            raise CommandError(f"No member page has the slug {slug!r}.")
        if len({page.translation_key for page in pages}) > 1:
            raise CommandError(
                f"Several members have the slug {slug!r}; "
                "invite from the member's page in the admin instead."
            )
        user = add_editor(pages[0], email, name=name)
        self.stdout.write(
            self.style.SUCCESS(f"{user.email} can now edit {pages[0].title}.")
        )
