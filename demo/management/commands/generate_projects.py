"""Add hundreds of generated projects, for benchmarks and load tests at scale."""

import datetime
from decimal import Decimal

from django.db import transaction

from demo.factories.projects import ProjectPageFactory
from demo.generators import GenerateCommand, english_index, pools
from projects.models import (
    ProjectIndexPage,
    ProjectOutcome,
    ProjectPage,
    ProjectPartner,
)

NAME = "Generated project"


class Command(GenerateCommand):
    plural = "projects"
    help = (
        "Add --count generated English projects to the projects index, labelled "
        "2015–2025, each with areas, partners, funding and an outcome or two."
    )

    def handle(self, *args, count, seed, **options):
        self.check_count(count)
        index = english_index(ProjectIndexPage, "projects")
        rng = self.random(seed)
        areas, members, organisations = pools(index.locale_id)
        first = (
            ProjectPage.objects.child_of(index).filter(title__startswith=NAME).count()
            + 1
        )
        roles = [role for role in ProjectPartner.Role.values if role != "coordinator"]
        with transaction.atomic():
            for number in range(first, first + count):
                label_date = datetime.date(2015, 1, 1) + datetime.timedelta(
                    days=rng.randint(0, 11 * 365)
                )
                total = Decimal(rng.randrange(200, 12_000)) * 1000
                private = (total * Decimal(rng.randint(15, 60)) / 100).quantize(
                    Decimal("1000")
                )
                project = ProjectPageFactory.build(
                    locale=index.locale,
                    title=f"{NAME} {number:05}",
                    slug=f"generated-project-{number:05}",
                    acronym=f"GEN{number:05}",
                    label_date=label_date,
                    status=rng.choice(ProjectPage.Status.values),
                    total_budget=total,
                    private_funding=private,
                    start_date=label_date + datetime.timedelta(days=90),
                    end_date=label_date + datetime.timedelta(days=90 + 3 * 365),
                )
                project.strategic_areas = rng.sample(
                    areas, k=min(rng.randint(1, 2), len(areas))
                )
                partners = []
                if members:
                    partners.append(
                        ProjectPartner(
                            sort_order=0,
                            role=ProjectPartner.Role.COORDINATOR,
                            member=rng.choice(members),
                        )
                    )
                    partners += [
                        ProjectPartner(
                            sort_order=order,
                            role=rng.choice(roles),
                            member=rng.choice(members),
                        )
                        for order in range(1, 3)
                    ]
                if organisations:
                    partners.append(
                        ProjectPartner(
                            sort_order=len(partners),
                            role=ProjectPartner.Role.ACADEMIC,
                            organisation=rng.choice(organisations),
                        )
                    )
                project.partners = partners
                project.outcomes = [
                    ProjectOutcome(
                        sort_order=order,
                        kind=rng.choice(ProjectOutcome.Kind.values),
                        title=f"Outcome {order + 1}",
                        year=label_date.year + 2,
                    )
                    for order in range(rng.randint(0, 2))
                ]
                index = ProjectIndexPage.objects.get(pk=index.pk)
                index.add_child(instance=project)
        self.stdout.write(self.style.SUCCESS(f"Added {count} projects."))
