"""Create one editor account per demo member and print the logins (development only)."""

from django.core.management.base import BaseCommand

from demo import texts
from demo.dev_accounts import dev_password
from members.access import access_for, find_or_create_user
from members.models import MemberPage

EMAIL_DOMAIN = "demo.invalid"  # reserved: no mail can ever be delivered there


class Command(BaseCommand):
    help = "Create an editor for each demo member, sharing one dev password."

    def handle(self, *args, **options):
        password = dev_password("ensure_dev_member_editors", "dev_member_password")
        lines = []
        for spec in texts.section("members").MEMBERS:
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
