"""Render every live page of every site and report any that does not answer 200."""

from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from wagtail.models import Page, Site


class Command(BaseCommand):
    help = "Request every live page through Django and fail if one does not render."

    def handle(self, *args, **options):
        failures, checked = [], 0
        for site in Site.objects.all():
            client = Client(HTTP_HOST=site.hostname, SERVER_PORT=site.port)
            root = site.root_page
            for home in Page.objects.filter(translation_key=root.translation_key):
                for page in home.get_descendants(inclusive=True).live().specific():
                    url = page.get_url()
                    status = client.get(url).status_code
                    checked += 1
                    if status != 200:
                        failures.append(f"{status} {url}")
        for failure in failures:
            self.stderr.write(failure)
        if failures or not checked:
            raise CommandError(f"{len(failures)} of {checked} pages failed to render.")
        self.stdout.write(self.style.SUCCESS(f"All {checked} live pages render."))
