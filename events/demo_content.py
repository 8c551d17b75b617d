"""The demo site's events, in English and French.

The events are those the seed articles describe: the 8th BioWin Day with its
figures, the medtech mission to Minneapolis of 8–12 May 2023, and the two
events BioWin organised with MEDVIA in 2023. The seeds give the mission's
dates and place but not the date or venue of the other three: those shown are
illustrative, and the pages say so. One upcoming edition, clearly labelled as
a demonstration, keeps the upcoming list from being empty and shows the
portal's own registration. The wording is our own.
"""

import datetime

from cluster_portal.core.demo.content import heading, paragraph

INDEX = {
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": "Networking days, trade missions, conferences and investor "
        "summits: meet the cluster's members and partners.",
    },
    "fr": {
        "title": "Événements",
        "slug": "evenements",
        "intro": "Journées de networking, missions à l’étranger, conférences et "
        "sommets d’investisseurs : rencontrez les membres et partenaires du pôle.",
    },
}

ILLUSTRATIVE = {
    "en": paragraph(
        "<p><em>Demo content: the seed articles do not give this event’s date or "
        "venue, so those shown here are illustrative.</em></p>"
    ),
    "fr": paragraph(
        "<p><em>Contenu de démonstration : les articles sources ne donnent ni la "
        "date ni le lieu de cet événement ; ceux indiqués ici sont "
        "illustratifs.</em></p>"
    ),
}

# Past events. Times are the venue's wall-clock times in `time_zone`.
EVENTS = [
    {
        "key": "biowin-day-2023",
        "kind": "networking",
        "edition": 8,
        "start": datetime.datetime(2023, 10, 17, 8, 30),
        "end": datetime.datetime(2023, 10, 17, 18, 30),
        "time_zone": "Europe/Brussels",
        "all_day": False,
        "city": "Mons",
        "country": "BE",
        "illustrative": True,
        "palette": "amber",
        "areas": ["biopharma", "medtech", "e-health"],
        "participants": [],
        "figures": [
            (400, True, "attendees", "participants"),
            (30, True, "high-level experts", "experts de haut niveau"),
            (10, False, "countries", "pays"),
            (45, False, "exhibition stands", "stands d’exposition"),
            (800, True, "B2B meetings", "rendez-vous B2B"),
            (
                314,
                False,
                "participants in B2B meetings",
                "participants aux rendez-vous B2B",
            ),
            (85, False, "transnational meetings", "rendez-vous transnationaux"),
        ],
        "en": {
            "title": "BioWin Day 2023",
            "slug": "biowin-day-2023",
            "intro": "The eighth BioWin Day: a full day of international networking, "
            "workshops, expert talks, exhibition stands and B2B meetings.",
            "tags": ["BioWin Day", "networking", "B2B meetings"],
            "body": [
                paragraph(
                    "<p>The cluster’s yearly networking day gathered more than 400 "
                    "people from 10 countries for its eighth edition: entrepreneurs, "
                    "researchers, scientists, consultants and trainers. Over one day "
                    "they followed interactive workshops, heard more than 30 "
                    "high-level experts and toured 45 exhibition stands.</p>"
                ),
                heading("Business meetings with an international reach"),
                paragraph(
                    "<p>More than 800 one-to-one B2B meetings were booked between 314 "
                    "participants. 85 of them paired partners from different "
                    "countries, a clear step up for the event’s international "
                    "side.</p>"
                ),
            ],
        },
        "fr": {
            "title": "BioWin Day 2023",
            "slug": "biowin-day-2023",
            "intro": "Le huitième BioWin Day : une journée entière de networking "
            "international, d’ateliers, d’interventions d’experts, de stands et de "
            "rendez-vous B2B.",
            "tags": ["BioWin Day", "networking", "rendez-vous B2B"],
            "body": [
                paragraph(
                    "<p>La journée annuelle de networking du pôle a réuni plus de 400 "
                    "personnes de 10 pays pour sa huitième édition : entrepreneurs, "
                    "chercheurs, scientifiques, consultants et formateurs. En une "
                    "journée, ils ont suivi des ateliers interactifs, écouté plus de "
                    "30 experts de haut niveau et visité 45 stands d’exposition.</p>"
                ),
                heading("Des rendez-vous d’affaires à portée internationale"),
                paragraph(
                    "<p>Plus de 800 rendez-vous B2B individuels ont été organisés "
                    "entre 314 participants, dont 85 entre partenaires de pays "
                    "différents : la dimension internationale de l’événement s’en "
                    "trouve nettement renforcée.</p>"
                ),
            ],
        },
    },
    {
        "key": "minneapolis-mission-2023",
        "kind": "mission",
        "edition": None,
        "start": datetime.datetime(2023, 5, 8),
        "end": datetime.datetime(2023, 5, 12),
        "time_zone": "America/Chicago",
        "all_day": True,
        "city": "Minneapolis",
        "country": "US",
        "illustrative": False,
        "palette": "teal",
        "areas": ["medtech", "e-health"],
        "participants": [
            ("organiser", "organisation", "awex"),
            ("partner", "organisation", "medical-alley"),
            ("partner", "organisation", "magia"),
            ("delegation", "member", "neuroclues"),
        ],
        "figures": [],
        "en": {
            "title": "Medtech mission to Minneapolis",
            "slug": "medtech-mission-minneapolis-2023",
            "intro": "Four days in Minnesota's medtech ecosystem for a delegation of "
            "innovative Walloon medtech companies, with AWEX and BioWin.",
            "tags": ["trade mission", "United States", "medtech"],
            "body": [
                paragraph(
                    "<p>The Wallonia Export &amp; Investment Agency (AWEX) and BioWin "
                    "took a group of innovative Walloon medtech companies to "
                    "Minneapolis, one of the best-known hubs of the industry. The "
                    "programme: meetings with local experts, and visits to leading "
                    "companies, accelerators, research centres and hospitals with "
                    "state-of-the-art facilities.</p>"
                ),
                heading("Why Minnesota"),
                paragraph(
                    "<p>BioWin and the Medical Alley Association, which covers the "
                    "state’s whole healthcare ecosystem, signed a memorandum of "
                    "understanding in 2018. The mission also continued the work of "
                    "MAGIA, the alliance of four European healthcare clusters that "
                    "BioWin belongs to, after its missions of 2019 and 2022.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Mission medtech à Minneapolis",
            "slug": "mission-medtech-minneapolis-2023",
            "intro": "Quatre jours au cœur de l’écosystème medtech du Minnesota pour "
            "une délégation d’entreprises medtech wallonnes, avec l’AWEX et BioWin.",
            "tags": ["mission commerciale", "États-Unis", "medtech"],
            "body": [
                paragraph(
                    "<p>L’Agence wallonne à l’exportation et aux investissements "
                    "étrangers (AWEX) et BioWin ont emmené un groupe d’entreprises "
                    "medtech wallonnes innovantes à Minneapolis, l’un des pôles les "
                    "plus réputés du secteur. Au programme : des rencontres avec des "
                    "experts locaux et des visites d’entreprises, d’accélérateurs, de "
                    "centres de recherche et d’hôpitaux à la pointe.</p>"
                ),
                heading("Pourquoi le Minnesota"),
                paragraph(
                    "<p>BioWin et la Medical Alley Association, qui couvre tout "
                    "l’écosystème santé de l’État, ont signé un protocole d’accord en "
                    "2018. La mission prolongeait aussi l’action de MAGIA, l’alliance "
                    "de quatre pôles santé européens dont BioWin fait partie, après "
                    "ses missions de 2019 et 2022.</p>"
                ),
            ],
        },
    },
    {
        "key": "science-for-health-2023",
        "kind": "conference",
        "edition": None,
        "start": datetime.datetime(2023, 6, 13, 9, 0),
        "end": datetime.datetime(2023, 6, 13, 17, 30),
        "time_zone": "Europe/Brussels",
        "all_day": False,
        "city": "Brussels",
        "country": "BE",
        "illustrative": True,
        "palette": "violet",
        "areas": ["biopharma", "medtech"],
        "participants": [("organiser", "organisation", "medvia")],
        "figures": [],
        "en": {
            "title": "Science for Health",
            "slug": "science-for-health-2023",
            "intro": "A conference organised jointly by BioWin and MEDVIA, the "
            "health-innovation clusters of Wallonia and Flanders.",
            "tags": ["MEDVIA", "Flanders", "conference"],
            "body": [
                paragraph(
                    "<p>Science for Health brought Walloon and Flemish players "
                    "together around one field of health: companies, research "
                    "institutes, hospitals and public authorities from both regions, "
                    "with one shared aim, better health for patients in Belgium and "
                    "beyond.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Science for Health",
            "slug": "science-for-health-2023",
            "intro": "Une conférence organisée conjointement par BioWin et MEDVIA, "
            "les pôles d’innovation en santé de Wallonie et de Flandre.",
            "tags": ["MEDVIA", "Flandre", "conférence"],
            "body": [
                paragraph(
                    "<p>Science for Health a réuni des acteurs wallons et flamands "
                    "autour d’un domaine de la santé : entreprises, instituts de "
                    "recherche, hôpitaux et pouvoirs publics des deux régions, avec "
                    "un but commun, une meilleure santé pour les patients en "
                    "Belgique et ailleurs.</p>"
                ),
            ],
        },
    },
    {
        "key": "healthtech-investor-summit-2023",
        "kind": "investors",
        "edition": None,
        "start": datetime.datetime(2023, 11, 21, 13, 0),
        "end": datetime.datetime(2023, 11, 21, 19, 0),
        "time_zone": "Europe/Brussels",
        "all_day": False,
        "city": "Brussels",
        "country": "BE",
        "illustrative": True,
        "palette": "green",
        "areas": ["medtech", "e-health"],
        "participants": [("organiser", "organisation", "medvia")],
        "figures": [],
        "en": {
            "title": "Healthtech Investor Summit",
            "slug": "healthtech-investor-summit-2023",
            "intro": "Healthtech companies from Wallonia and Flanders meet investors, "
            "at a summit organised by BioWin and MEDVIA.",
            "tags": ["MEDVIA", "investors", "healthtech"],
            "body": [
                paragraph(
                    "<p>The second event the two clusters organised together in "
                    "2023 put healthtech companies in front of investors. Behind "
                    "it lies a wider effort: bringing the two regions’ funding "
                    "channels into line, so that firms, universities and hospitals "
                    "on either side can get the support they need to work "
                    "together.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Healthtech Investor Summit",
            "slug": "healthtech-investor-summit-2023",
            "intro": "Des entreprises healthtech de Wallonie et de Flandre "
            "rencontrent des investisseurs, lors d’un sommet organisé par BioWin "
            "et MEDVIA.",
            "tags": ["MEDVIA", "investisseurs", "healthtech"],
            "body": [
                paragraph(
                    "<p>Le second événement organisé ensemble par les deux pôles en "
                    "2023 a mis des entreprises healthtech face à des investisseurs. "
                    "Il s’inscrit dans un effort plus large : aligner les canaux de "
                    "financement des deux régions, pour que entreprises, universités "
                    "et hôpitaux puissent travailler ensemble.</p>"
                ),
            ],
        },
    },
]

# The upcoming demonstration edition: dated from the day the demo is loaded.
UPCOMING = {
    "key": "biowin-day-demo",
    "kind": "networking",
    "weeks_ahead": 16,
    "weekday": 3,  # a Thursday
    "start_time": datetime.time(8, 30),
    "end_time": datetime.time(18, 0),
    "time_zone": "Europe/Brussels",
    "venue": "Demo Expo Centre",
    "city": "Mons",
    "country": "BE",
    "capacity": 400,
    "palette": "amber",
    "areas": ["biopharma", "medtech", "e-health"],
    "participants": [
        ("partner", "organisation", "awex"),
        ("exhibitor", "member", "trasis"),
        ("exhibitor", "member", "comunicare-solutions"),
        ("exhibitor", "member", "neuroclues"),
    ],
    "sessions": [
        (
            datetime.time(8, 30),
            datetime.time(9, 15),
            "Welcome and registration",
            "Accueil et enregistrement",
            "Hall",
            "Hall",
        ),
        (
            datetime.time(9, 15),
            datetime.time(10, 0),
            "Opening plenary: the year ahead",
            "Plénière d’ouverture : l’année à venir",
            "Main stage",
            "Grande scène",
        ),
        (
            datetime.time(10, 0),
            datetime.time(12, 30),
            "B2B meetings, first round",
            "Rendez-vous B2B, premier tour",
            "Meeting area",
            "Espace rendez-vous",
        ),
        (
            datetime.time(13, 30),
            datetime.time(15, 0),
            "Workshops: biomanufacturing, medtech regulation, health data",
            "Ateliers : bioproduction, réglementation medtech, données de santé",
            "Rooms 1–3",
            "Salles 1 à 3",
        ),
        (
            datetime.time(15, 0),
            datetime.time(17, 30),
            "B2B meetings, second round",
            "Rendez-vous B2B, second tour",
            "Meeting area",
            "Espace rendez-vous",
        ),
        (
            datetime.time(17, 30),
            datetime.time(18, 0),
            "Networking drink",
            "Drink de networking",
            "Hall",
            "Hall",
        ),
    ],
    "en": {
        "title": "BioWin Day (demo edition)",
        "slug": "biowin-day-demo-edition",
        "intro": "A demonstration edition of the cluster's networking day, to show "
        "the programme, the exhibitors and the registration with its waiting list.",
        "tags": ["BioWin Day", "networking", "B2B meetings", "demo"],
        "body": [
            paragraph(
                "<p><strong>This is a demonstration event</strong>: it shows how an "
                "upcoming networking day looks on the portal. Its date was set when "
                "the demo content was loaded, and registrations stay in the local "
                "database.</p>"
            ),
            paragraph(
                "<p>Like every edition, the day mixes a plenary session, workshops "
                "on the cluster’s strategic areas, exhibition stands of member "
                "companies and two rounds of one-to-one B2B meetings.</p>"
            ),
        ],
    },
    "fr": {
        "title": "BioWin Day (édition de démonstration)",
        "slug": "biowin-day-edition-demonstration",
        "intro": "Une édition de démonstration de la journée de networking du pôle, "
        "pour montrer le programme, les exposants et l’inscription avec sa liste "
        "d’attente.",
        "tags": ["BioWin Day", "networking", "rendez-vous B2B", "démo"],
        "body": [
            paragraph(
                "<p><strong>Ceci est un événement de démonstration</strong> : il "
                "montre à quoi ressemble une journée de networking à venir sur le "
                "portail. Sa date a été fixée au chargement du contenu de "
                "démonstration, et les inscriptions restent dans la base locale.</p>"
            ),
            paragraph(
                "<p>Comme chaque édition, la journée mêle une séance plénière, des "
                "ateliers sur les domaines stratégiques du pôle, des stands "
                "d’entreprises membres et deux tours de rendez-vous B2B "
                "individuels.</p>"
            ),
        ],
    },
}

LEAD_IMAGE_ALT = {
    "en": "Abstract artwork in the cluster's colours",
    "fr": "Illustration abstraite aux couleurs du pôle",
}
