"""Create one editor account per demo member and print the logins (development only)."""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from members.access import access_for, find_or_create_user
from members.demo_content import MEMBERS
from members.models import MemberPage

EMAIL_DOMAIN = "demo.invalid"  # reserved: no mail can ever be delivered there


class Command(BaseCommand):
    help = "Create an editor for each demo member, sharing one dev password."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_member_editors only runs with DEBUG on.")
        password_file = settings.VAR_DIR / "dev_member_password"
        if password_file.exists():
            password = password_file.read_text().strip()
        else:
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password)
        lines = []
        for spec in MEMBERS:
            page = (
                MemberPage.objects.filter(slug=spec["slug"], locale__language_code="en")
                .order_by("pk")
                .first()
            )
            if page is None:
                continue
            user, _created = find_or_create_user(
                f"{spec['slug']}@{EMAIL_DOMAIN}", f"{spec['title']} editor"
            )
            user.set_password(password)
            user.save()
            user.groups.add(access_for(page).group)
            lines.append(f"  {user.get_username():36} {page.title}")
        if lines:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Member editors (password for all: {password}):\n"
                    + "\n".join(lines)
                )
            )
