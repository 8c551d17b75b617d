"""Create or reset the development admin account and print its login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.dev_accounts import dev_password

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create or reset the local 'admin' superuser (development only)."

    def handle(self, *args, **options):
        password = dev_password("ensure_dev_admin", "dev_admin_password")
        User = get_user_model()  # noqa: N806 - a model class
        user, _created = User.objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "Admin: http://127.0.0.1:8000/admin/  "
                f"user: {USERNAME}  password: {password}"
            )
        )
