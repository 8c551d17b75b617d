"""The demo site's labelled projects, in English and French.

The seed articles say that ten R&D projects were labelled from 2020 to 2023,
for €37 million of which €11 million was private funding, in the cluster's
priority domains, digital projects taking a quarter of the total. They
describe some of those projects: Trasis's QC1 quality-control instrument, a
rapid Group B Streptococcus test, a test for triple-negative breast cancer,
the BioMan Industry-of-the-Future project, the advanced-therapies initiative
(12 work packages in 3 pillars) and the two projects Comunicare Solutions
joined. The seeds give no amount, date or partner list per project, and do
not describe the other three: the split below is illustrative (it adds up to
the published totals exactly, and digital projects to a quarter of them),
and every page says so. The wording is our own.
"""

import datetime
from decimal import Decimal

from cluster_portal.core.demo.content import paragraph

INDEX = {
    "en": {
        "title": "Projects",
        "slug": "projects",
        "intro": "The collaborative R&D projects the cluster has labelled: who "
        "takes part, what they cost, who pays and what came of them.",
    },
    "fr": {
        "title": "Projets",
        "slug": "projets",
        "intro": "Les projets de R&D collaboratifs labellisés par le pôle : qui y "
        "participe, ce qu’ils coûtent, qui les finance et ce qu’ils ont produit.",
    },
}

ILLUSTRATIVE = {
    "en": paragraph(
        "<p><em>Demo content: the cluster published the totals of its 2020–2023 "
        "projects (€37 million, €11 million of it private) but not each project’s "
        "figures. The amounts and dates shown here are an illustrative split that "
        "adds up to those totals.</em></p>"
    ),
    "fr": paragraph(
        "<p><em>Contenu de démonstration : le pôle a publié les totaux de ses "
        "projets 2020–2023 (37 millions d’euros, dont 11 millions privés), mais "
        "pas les chiffres de chaque projet. Les montants et dates indiqués ici "
        "sont une répartition illustrative qui respecte ces totaux.</em></p>"
    ),
}

# Not described by the seeds: only its domain is real.
UNDESCRIBED = {
    "en": paragraph(
        "<p><em>The seed articles do not describe this project; its title and "
        "text only say which priority domain it stands for.</em></p>"
    ),
    "fr": paragraph(
        "<p><em>Les articles sources ne décrivent pas ce projet ; son titre et "
        "son texte indiquent seulement le domaine prioritaire qu’il "
        "représente.</em></p>"
    ),
}

REGION = {"en": "Walloon Region", "fr": "Région wallonne"}


def euros(amount):
    return Decimal(amount).quantize(Decimal("0.01"))


# Each: key, label date, status, start and end, domains, amounts (total,
# private; public is what remains), public funder, partners as (role, kind,
# key), whether the cluster coordinates, outcomes, and the texts.
PROJECTS = [
    {
        "key": "qc1",
        "label_date": datetime.date(2020, 3, 12),
        "status": "completed",
        "start": datetime.date(2020, 6, 1),
        "end": datetime.date(2023, 5, 31),
        "areas": ["radiation-in-healthcare"],
        "total": euros(3_600_000),
        "private": euros(1_400_000),
        "funder": REGION,
        "partners": [("coordinator", "member", "trasis")],
        "outcomes": [
            {
                "kind": "product",
                "year": 2023,
                "en": (
                    "QC1 on its way to market",
                    "The instrument was about to reach the market in 2023, "
                    "alongside Trasis’s range of synthesis equipment.",
                ),
                "fr": (
                    "QC1 en route vers le marché",
                    "En 2023, l’instrument était sur le point d’être "
                    "commercialisé, aux côtés des équipements de synthèse de "
                    "Trasis.",
                ),
            }
        ],
        "en": {
            "title": "QC1: one instrument for the quality control of "
            "radiopharmaceuticals",
            "slug": "qc1-radiopharmaceutical-quality-control",
            "acronym": "QC1",
            "summary": "Trasis built QC1, a single bench-top instrument that checks "
            "radiolabelled substances before they are injected into a patient.",
            "body": [
                paragraph(
                    "<p>Before a radiolabelled substance is injected, "
                    "radiopharmacists must check its quality, which usually takes "
                    "a whole set of analytical devices. QC1 brings up to 14 "
                    "analytical features together in one instrument that replaces "
                    "almost as many machines.</p>"
                ),
                paragraph(
                    "<p>It is quick to set up, runs its checks safely and writes "
                    "its own analysis report, which eases the radiopharmacists’ "
                    "daily work. Trasis, a cluster member since 2006, counts it "
                    "among the four projects the cluster has supported.</p>"
                ),
            ],
        },
        "fr": {
            "title": "QC1 : un seul instrument pour le contrôle qualité des "
            "radiopharmaceutiques",
            "slug": "qc1-controle-qualite-radiopharmaceutique",
            "acronym": "QC1",
            "summary": "Trasis a conçu QC1, un instrument compact qui contrôle les "
            "substances radiomarquées avant leur injection au patient.",
            "body": [
                paragraph(
                    "<p>Avant d’injecter une substance radiomarquée, les "
                    "radiopharmaciens doivent en vérifier la qualité, ce qui "
                    "demande d’ordinaire toute une série d’appareils d’analyse. "
                    "QC1 réunit jusqu’à 14 fonctions analytiques dans un seul "
                    "instrument, qui en remplace presque autant.</p>"
                ),
                paragraph(
                    "<p>Rapide à installer, il sécurise les contrôles et rédige "
                    "lui-même son rapport d’analyse, ce qui simplifie le travail "
                    "des radiopharmaciens. Trasis, membre du pôle depuis 2006, le "
                    "compte parmi les quatre projets que le pôle a soutenus.</p>"
                ),
            ],
        },
    },
    {
        "key": "gbs",
        "label_date": datetime.date(2020, 10, 8),
        "status": "completed",
        "start": datetime.date(2021, 1, 1),
        "end": datetime.date(2023, 12, 31),
        "areas": ["in-vitro-diagnostics"],
        "total": euros(2_400_000),
        "private": euros(800_000),
        "funder": REGION,
        "partners": [],
        "outcomes": [],
        "en": {
            "title": "A rapid test for Group B Streptococcus at delivery",
            "slug": "rapid-group-b-streptococcus-test",
            "acronym": "GBS",
            "summary": "A test based on rapid immunochromatography that tells, at "
            "the time of delivery, whether a pregnant woman carries Group B "
            "Streptococcus.",
            "body": [
                paragraph(
                    "<p>Group B Streptococcus can pass from mother to baby during "
                    "birth. This project develops a rapid immunochromatography "
                    "test that gives the answer in the delivery room, when it "
                    "matters.</p>"
                ),
                paragraph(
                    "<p>In vitro diagnostics, close to 40% of Belgium’s medtech "
                    "industry, have always been part of the cluster’s project "
                    "portfolio; the seed articles do not name this project’s "
                    "partners.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Un test rapide du streptocoque du groupe B à l’accouchement",
            "slug": "test-rapide-streptocoque-groupe-b",
            "acronym": "GBS",
            "summary": "Un test d’immunochromatographie rapide qui indique, au "
            "moment de l’accouchement, si une femme enceinte est porteuse du "
            "streptocoque du groupe B.",
            "body": [
                paragraph(
                    "<p>Le streptocoque du groupe B peut se transmettre de la mère "
                    "au bébé pendant la naissance. Ce projet met au point un test "
                    "d’immunochromatographie rapide qui donne la réponse en salle "
                    "d’accouchement, au moment où elle compte.</p>"
                ),
                paragraph(
                    "<p>Le diagnostic in vitro, près de 40 % de l’industrie "
                    "medtech belge, fait partie depuis toujours du portefeuille "
                    "de projets du pôle ; les articles sources ne citent pas les "
                    "partenaires de ce projet.</p>"
                ),
            ],
        },
    },
    {
        "key": "tnbc",
        "label_date": datetime.date(2021, 2, 18),
        "status": "completed",
        "start": datetime.date(2021, 6, 1),
        "end": datetime.date(2025, 5, 31),
        "areas": ["in-vitro-diagnostics"],
        "total": euros(3_100_000),
        "private": euros(900_000),
        "funder": REGION,
        "partners": [],
        "outcomes": [],
        "en": {
            "title": "Measuring tumour-infiltrating T cells in triple-negative "
            "breast cancer",
            "slug": "triple-negative-breast-cancer-test",
            "acronym": "TNBC",
            "summary": "A test that measures the T cells infiltrating the tumour, "
            "to tell which patients with triple-negative breast cancer may "
            "benefit from a specific chemotherapy.",
            "body": [
                paragraph(
                    "<p>Triple-negative breast cancer responds to few targeted "
                    "treatments. By counting the T cells that have entered the "
                    "tumour, this test aims to show in advance whether a given "
                    "chemotherapy is likely to help a patient.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Mesurer les lymphocytes T infiltrant les cancers du sein "
            "triple négatifs",
            "slug": "test-cancer-du-sein-triple-negatif",
            "acronym": "TNBC",
            "summary": "Un test qui mesure les lymphocytes T infiltrés dans la "
            "tumeur, pour savoir quelles patientes atteintes d’un cancer du sein "
            "triple négatif peuvent bénéficier d’une chimiothérapie précise.",
            "body": [
                paragraph(
                    "<p>Le cancer du sein triple négatif répond à peu de "
                    "traitements ciblés. En comptant les lymphocytes T entrés "
                    "dans la tumeur, ce test veut montrer à l’avance si une "
                    "chimiothérapie donnée a des chances d’aider la "
                    "patiente.</p>"
                ),
            ],
        },
    },
    {
        "key": "bioman",
        "label_date": datetime.date(2021, 5, 20),
        "status": "completed",
        "start": datetime.date(2021, 9, 1),
        "end": datetime.date(2023, 8, 31),
        "areas": ["digital-biomanufacturing"],
        "total": euros(1_850_000),
        "private": euros(450_000),
        "funder": {
            "en": "Digital Wallonia (Industry of the Future programme)",
            "fr": "Digital Wallonia (programme Industrie du futur)",
        },
        "coordinated_by_cluster": True,
        "partners": [
            ("academic", "member", "cetic"),
            ("industrial", "member", "mithra-cdmo"),
            ("industrial", "member", "texere-biotech"),
        ],
        "outcomes": [
            {
                "kind": "award",
                "year": 2023,
                "en": (
                    "Two “Made Different” ambassadors",
                    "Mithra CDMO and Texere biotech earned the title awarded to "
                    "Walloon factories of the future.",
                ),
                "fr": (
                    "Deux ambassadeurs « Made Different »",
                    "Mithra CDMO et Texere biotech ont obtenu le titre décerné "
                    "aux usines du futur wallonnes.",
                ),
            }
        ],
        "en": {
            "title": "BioMan: digital maturity for biomanufacturing",
            "slug": "bioman-industry-of-the-future",
            "acronym": "BioMan",
            "summary": "An Industry-of-the-Future project, coordinated by the "
            "cluster, that guides biomanufacturers through their digital "
            "transformation.",
            "body": [
                paragraph(
                    "<p>Digital Wallonia’s Industry of the Future programme helps "
                    "Walloon companies go digital, and its “Made Different” "
                    "criteria single out the best of them. In BioMan, each "
                    "participating company received personal guidance, starting "
                    "with a diagnosis of its digital maturity by the accredited "
                    "research centre CETIC.</p>"
                ),
                paragraph(
                    "<p>Two companies of the health and life-sciences community, "
                    "Mithra CDMO and Texere biotech, went on to win the title of "
                    "“Made Different” ambassador.</p>"
                ),
            ],
        },
        "fr": {
            "title": "BioMan : la maturité numérique de la bioproduction",
            "slug": "bioman-industrie-du-futur",
            "acronym": "BioMan",
            "summary": "Un projet Industrie du futur, coordonné par le pôle, qui "
            "accompagne les bioproducteurs dans leur transformation numérique.",
            "body": [
                paragraph(
                    "<p>Le programme Industrie du futur de Digital Wallonia aide "
                    "les entreprises wallonnes à passer au numérique, et ses "
                    "critères « Made Different » distinguent les plus avancées. "
                    "Dans BioMan, chaque entreprise participante a été "
                    "accompagnée, à commencer par un diagnostic de maturité "
                    "numérique réalisé par le centre de recherche agréé "
                    "CETIC.</p>"
                ),
                paragraph(
                    "<p>Deux entreprises de l’écosystème santé et sciences du "
                    "vivant, Mithra CDMO et Texere biotech, ont ensuite obtenu le "
                    "titre d’ambassadeur « Made Different ».</p>"
                ),
            ],
        },
    },
    {
        "key": "cell-therapy",
        "label_date": datetime.date(2021, 11, 4),
        "status": "running",
        "start": datetime.date(2022, 3, 1),
        "end": datetime.date(2027, 2, 28),
        "areas": ["advanced-therapies"],
        "total": euros(3_500_000),
        "private": euros(900_000),
        "funder": REGION,
        "partners": [],
        "outcomes": [],
        "undescribed": True,
        "en": {
            "title": "Advanced therapies: a cell-therapy production project",
            "slug": "cell-therapy-production-project",
            "acronym": "",
            "summary": "A labelled project in the discovery and development of "
            "advanced therapies, the cluster’s first biopharma priority.",
            "body": [
                paragraph(
                    "<p>Advanced therapy medicinal products (ATMPs) are a priority "
                    "of the cluster, in line with the region’s smart "
                    "specialisation strategy.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Thérapies avancées : un projet de production en thérapie "
            "cellulaire",
            "slug": "projet-production-therapie-cellulaire",
            "acronym": "",
            "summary": "Un projet labellisé dans la découverte et le développement "
            "de thérapies avancées, première priorité biopharma du pôle.",
            "body": [
                paragraph(
                    "<p>Les médicaments de thérapie innovante (ATMP) sont une "
                    "priorité du pôle, en ligne avec la stratégie de "
                    "spécialisation intelligente de la région.</p>"
                ),
            ],
        },
    },
    {
        "key": "comunicare-oncology",
        "label_date": datetime.date(2022, 4, 7),
        "status": "completed",
        "start": datetime.date(2022, 9, 1),
        "end": datetime.date(2025, 8, 31),
        "areas": ["e-health"],
        "total": euros(4_200_000),
        "private": euros(1_300_000),
        "funder": REGION,
        "partners": [("industrial", "member", "comunicare-solutions")],
        "outcomes": [],
        "en": {
            "title": "Data from patients to speed up targeted cancer treatments",
            "slug": "targeted-cancer-treatments-patient-data",
            "acronym": "",
            "summary": "Regional partners join forces to speed up the development "
            "of target-specific cancer treatments, with Comunicare Solutions’ "
            "patient platform.",
            "body": [
                paragraph(
                    "<p>Comunicare Solutions’ platform gathers what the hospital "
                    "tells the patient and collects the outcomes patients report "
                    "themselves. In this project, with regional partners, that "
                    "information helps accelerate the development of cancer "
                    "treatments aimed at specific targets.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Les données des patients pour accélérer les traitements "
            "ciblés du cancer",
            "slug": "traitements-cibles-cancer-donnees-patients",
            "acronym": "",
            "summary": "Des partenaires régionaux s’associent pour accélérer le "
            "développement de traitements ciblés du cancer, avec la plateforme "
            "patient de Comunicare Solutions.",
            "body": [
                paragraph(
                    "<p>La plateforme de Comunicare Solutions rassemble les "
                    "informations que l’hôpital transmet au patient et recueille "
                    "les résultats rapportés par les patients eux-mêmes. Dans ce "
                    "projet mené avec des partenaires régionaux, ces données "
                    "aident à accélérer le développement de traitements du cancer "
                    "visant des cibles précises.</p>"
                ),
            ],
        },
    },
    {
        "key": "implanted-device",
        "label_date": datetime.date(2022, 10, 13),
        "status": "running",
        "start": datetime.date(2023, 1, 1),
        "end": datetime.date(2026, 12, 31),
        "areas": ["implanted-devices"],
        "total": euros(3_900_000),
        "private": euros(1_250_000),
        "funder": REGION,
        "partners": [],
        "outcomes": [],
        "undescribed": True,
        "en": {
            "title": "Implanted medical devices: a labelled development project",
            "slug": "implanted-medical-device-project",
            "acronym": "",
            "summary": "A labelled project in implanted medical devices, one of "
            "the cluster’s medtech priority domains.",
            "body": [
                paragraph(
                    "<p>Implanted medical devices are one of the priority domains "
                    "in which the cluster labels projects.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Dispositifs médicaux implantés : un projet de développement "
            "labellisé",
            "slug": "projet-dispositif-medical-implante",
            "acronym": "",
            "summary": "Un projet labellisé dans les dispositifs médicaux "
            "implantés, l’un des domaines prioritaires medtech du pôle.",
            "body": [
                paragraph(
                    "<p>Les dispositifs médicaux implantés sont l’un des domaines "
                    "prioritaires dans lesquels le pôle labellise des "
                    "projets.</p>"
                ),
            ],
        },
    },
    {
        "key": "comunicare-genomics",
        "label_date": datetime.date(2023, 3, 16),
        "status": "running",
        "start": datetime.date(2023, 9, 1),
        "end": datetime.date(2027, 8, 31),
        "areas": ["e-health"],
        "total": euros(3_200_000),
        "private": euros(1_000_000),
        "funder": REGION,
        "partners": [("industrial", "member", "comunicare-solutions")],
        "outcomes": [],
        "en": {
            "title": "Preventive care guided by genomic data",
            "slug": "preventive-care-genomic-data",
            "acronym": "",
            "summary": "A project with regional partners that uses genomic data "
            "to engage patients in preventive care.",
            "body": [
                paragraph(
                    "<p>The second project Comunicare Solutions set up with "
                    "regional partners through the cluster turns genomic data "
                    "into preventive care, and involves patients in the "
                    "decisions that concern them.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Une prévention guidée par les données génomiques",
            "slug": "prevention-donnees-genomiques",
            "acronym": "",
            "summary": "Un projet mené avec des partenaires régionaux qui s’appuie "
            "sur les données génomiques pour engager les patients dans la "
            "prévention.",
            "body": [
                paragraph(
                    "<p>Le second projet que Comunicare Solutions a monté avec des "
                    "partenaires régionaux grâce au pôle met les données "
                    "génomiques au service de la prévention et associe les "
                    "patients aux décisions qui les concernent.</p>"
                ),
            ],
        },
    },
    {
        "key": "advanced-therapies",
        "label_date": datetime.date(2023, 6, 22),
        "status": "running",
        "start": datetime.date(2024, 1, 1),
        "end": datetime.date(2028, 12, 31),
        "areas": ["advanced-therapies"],
        "total": euros(8_500_000),
        "private": euros(2_300_000),
        "funder": REGION,
        "coordinated_by_cluster": True,
        "partners": [],
        "outcomes": [
            {
                "kind": "other",
                "year": 2023,
                "en": (
                    "Presented to the Walloon Government",
                    "The cluster and 26 of its members presented the initiative "
                    "to the regional government.",
                ),
                "fr": (
                    "Présentée au Gouvernement wallon",
                    "Le pôle et 26 de ses membres ont présenté l’initiative au "
                    "gouvernement régional.",
                ),
            }
        ],
        "en": {
            "title": "Advanced therapies: a strategic initiative in 12 work packages",
            "slug": "advanced-therapies-initiative",
            "acronym": "ATMP",
            "summary": "Large companies, SMEs, research centres, universities and "
            "hospitals unite along the whole value chain of advanced therapies.",
            "body": [
                paragraph(
                    "<p>Belgium, and Wallonia in particular, has an ecosystem for "
                    "advanced therapy medicinal products that Europe has nowhere "
                    "else. Advanced therapies open new ground: they aim to cure "
                    "patients, not only to treat them.</p>"
                ),
                paragraph(
                    "<p>After months of work with its members, the cluster "
                    "organised the initiative in 12 work packages grouped in "
                    "three pillars: cell therapy; gene therapy; exosomes and "
                    "bacteriophage therapies.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Thérapies avancées : une initiative stratégique en 12 "
            "work packages",
            "slug": "initiative-therapies-avancees",
            "acronym": "ATMP",
            "summary": "Grandes entreprises, PME, centres de recherche, universités "
            "et hôpitaux s’unissent sur toute la chaîne de valeur des thérapies "
            "avancées.",
            "body": [
                paragraph(
                    "<p>La Belgique, et la Wallonie en particulier, possède un "
                    "écosystème des médicaments de thérapie innovante sans "
                    "équivalent en Europe. Ces thérapies ouvrent un champ "
                    "nouveau : elles visent à guérir les patients, et plus "
                    "seulement à les soigner.</p>"
                ),
                paragraph(
                    "<p>Après des mois de travail avec ses membres, le pôle a "
                    "organisé l’initiative en 12 work packages répartis en trois "
                    "piliers : thérapie cellulaire ; thérapie génique ; exosomes "
                    "et thérapies par bactériophages.</p>"
                ),
            ],
        },
    },
    {
        "key": "radiation",
        "label_date": datetime.date(2023, 10, 19),
        "status": "labelled",
        "start": datetime.date(2027, 1, 1),
        "end": datetime.date(2029, 12, 31),
        "areas": ["radiation-in-healthcare"],
        "total": euros(2_750_000),
        "private": euros(700_000),
        "funder": REGION,
        "partners": [],
        "outcomes": [],
        "undescribed": True,
        "en": {
            "title": "Radiation in healthcare: a labelled research project",
            "slug": "radiation-in-healthcare-project",
            "acronym": "",
            "summary": "A labelled project in the use of radiation in healthcare, "
            "where Wallonia’s nuclear-medicine and proton-therapy companies lead.",
            "body": [
                paragraph(
                    "<p>The use of radiation in healthcare, from nuclear medicine "
                    "to proton therapy, is one of the cluster’s priority "
                    "domains.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Rayonnements en santé : un projet de recherche labellisé",
            "slug": "projet-rayonnements-en-sante",
            "acronym": "",
            "summary": "Un projet labellisé dans l’usage des rayonnements en "
            "santé, où excellent les entreprises wallonnes de médecine nucléaire "
            "et de protonthérapie.",
            "body": [
                paragraph(
                    "<p>L’usage des rayonnements en santé, de la médecine "
                    "nucléaire à la protonthérapie, est l’un des domaines "
                    "prioritaires du pôle.</p>"
                ),
            ],
        },
    },
]

# What the seeds published, which the demo's computed figures must match.
PUBLISHED_TOTAL = euros(37_000_000)
PUBLISHED_PRIVATE = euros(11_000_000)
