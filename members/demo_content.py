"""The demo site's member directory, in English and French.

The members are the companies and the research centre the seed articles name
(the cluster's review of 2023 and part 1 of its medtech series), with only the
facts the seeds give: what they do, the year they joined, their products,
labels and projects. Where the seeds say nothing (address, city, head count,
founding year, website) the field stays empty. The wording is our own;
quotations keep the speaker's words, lightly condensed, and name the speaker.
"""

from cluster_portal.core.demo.content import paragraph, quote

DIRECTORY = {
    "en": {
        "title": "Members",
        "slug": "members",
        "intro": "The companies and research centres of the cluster: what they do, "
        "what they make and the projects they take part in.",
    },
    "fr": {
        "title": "Membres",
        "slug": "membres",
        "intro": "Les entreprises et centres de recherche du pôle : ce qu’ils font, "
        "ce qu’ils fabriquent et les projets auxquels ils participent.",
    },
}

# Slug, English and French names, in the order the directory lists them.
SECTORS = [
    ("biotech-pharma", "Biotech and pharma", "Biotech et pharma"),
    ("medtech", "Medtech", "Medtech"),
    ("in-vitro-diagnostics", "In vitro diagnostics", "Diagnostic in vitro"),
    ("e-health", "E-health", "Santé numérique"),
    ("services", "Services", "Services"),
    ("research-organisation", "Research organisation", "Organisme de recherche"),
]

FACTORY_OF_THE_FUTURE = {
    "year": 2023,
    "en": {
        "name": "Factory of the Future",
        "issuer": "Digital Wallonia (Industry of the Future programme)",
    },
    "fr": {
        "name": "Factory of the Future",
        "issuer": "Digital Wallonia (programme Industrie du futur)",
    },
}

# Each member: its slug (the same in both languages), its name (and a shorter
# one for its demo logo where needed), the year it joined (None when the seeds
# do not say), the palette of its demo logo, its sectors (slugs above) and
# strategic areas (core snippet slugs), its labels, and per language its
# summary, body, technologies and products.
MEMBERS = [
    {
        "slug": "trasis",
        "title": "Trasis",
        "member_since": 2006,
        "palette": "teal",
        "sectors": ["medtech"],
        "areas": ["medtech", "radiation-in-healthcare"],
        "labels": [],
        # Source: medtech series, part 1.
        "en": {
            "summary": "Designs and develops equipment for making and checking "
            "the radiopharmaceuticals used in medical imaging and therapy.",
            "technologies": [
                "radiopharmaceuticals",
                "quality control",
                "medical imaging",
            ],
            "products": [
                {
                    "name": "QC1",
                    "summary": "An instrument that checks the quality of "
                    "radiolabelled substances before they are injected, merging "
                    "up to 14 analytical features.",
                }
            ],
            "body": [
                paragraph(
                    "<p>Trasis designs and develops radiopharmaceutical medical "
                    "equipment. Its instruments serve the synthesis of the "
                    "radiopharmaceuticals used in medical imaging and in therapy. "
                    "A BioWin member since 2006, the company has been supported "
                    "by the cluster in four projects.</p>"
                    "<p>One of those projects produced QC1, an instrument that "
                    "checks the quality of radiolabelled substances before they "
                    "are injected into a patient. It merges up to 14 analytical "
                    "features, replacing nearly as many separate devices, sets up "
                    "quickly and writes its own analysis report. In 2023 Trasis "
                    "announced that QC1 was about to reach the market, "
                    "alongside its range of synthesis equipment.</p>"
                ),
                quote(
                    "The cluster has backed four of our projects; one of them gave us "
                    "QC1, which takes over the work of many separate analytical "
                    "devices and makes radiopharmacists' checks simpler and safer.",
                    "Jean-Luc Morelle",
                    "CTO",
                    "Trasis",
                ),
            ],
        },
        "fr": {
            "summary": "Conçoit et développe des équipements pour produire et "
            "contrôler les radiopharmaceutiques utilisés en imagerie médicale et "
            "en thérapie.",
            "technologies": [
                "radiopharmaceutiques",
                "contrôle qualité",
                "imagerie médicale",
            ],
            "products": [
                {
                    "name": "QC1",
                    "summary": "Un instrument qui contrôle la qualité des "
                    "substances radiomarquées avant leur injection et réunit "
                    "jusqu’à 14 fonctions analytiques.",
                }
            ],
            "body": [
                paragraph(
                    "<p>Trasis conçoit et développe des équipements médicaux pour "
                    "la radiopharmacie. Ses instruments servent à la synthèse des "
                    "radiopharmaceutiques utilisés en imagerie médicale et en "
                    "thérapie. Membre de BioWin depuis 2006, l’entreprise a été "
                    "soutenue par le pôle dans quatre projets.</p>"
                    "<p>L’un de ces projets a donné naissance au QC1, un instrument "
                    "qui contrôle la qualité des substances radiomarquées avant "
                    "leur injection au patient. Il réunit jusqu’à 14 fonctions "
                    "analytiques, remplaçant presque autant d’appareils distincts, "
                    "s’installe rapidement et rédige lui-même son rapport "
                    "d’analyse. En 2023, Trasis annonçait son arrivée prochaine sur "
                    "le marché, aux côtés de sa gamme d’équipements de "
                    "synthèse.</p>"
                ),
                quote(
                    "Trasis est active dans la synthèse de radiopharmaceutiques "
                    "utilisés en imagerie médicale et en thérapie. BioWin nous a "
                    "déjà soutenus dans quatre projets, dont l’un nous a permis de "
                    "développer le QC1. L’instrument QC1 réunit jusqu’à 14 "
                    "fonctions analytiques, remplaçant presque autant d’appareils "
                    "d’analyse, et facilite et sécurise le travail des "
                    "radiopharmaciens. Il complétera notre gamme d’équipements de "
                    "synthèse et répond à un besoin attendu de longue date dans "
                    "notre domaine.",
                    "Jean-Luc Morelle",
                    "Directeur technique (CTO)",
                    "Trasis",
                ),
            ],
        },
    },
    {
        "slug": "comunicare-solutions",
        "title": "Comunicare Solutions",
        "wordmark": "Comunicare",
        "member_since": 2019,
        "palette": "violet",
        "sectors": ["e-health"],
        "areas": ["e-health"],
        "labels": [],
        # Source: medtech series, part 1. The seed does not name the platform.
        "en": {
            "summary": "A digital-health platform that brings patients their "
            "hospital’s information and collects the outcomes they report.",
            "technologies": [
                "digital health",
                "patient-reported outcomes",
                "shared decision-making",
                "genomic data",
            ],
            "products": [],
            "body": [
                paragraph(
                    "<p>Comunicare Solutions puts digital technology and patient "
                    "data to work for patients. Its platform gathers the "
                    "information a hospital gives each patient and collects the "
                    "outcomes patients report, so that patients can take a more "
                    "active part in their care and decide together with their "
                    "caregivers.</p>"
                    "<p>A BioWin member since 2019, the company has joined regional "
                    "partners, through the cluster, in setting up two projects: one "
                    "to speed up the development of target-specific cancer "
                    "treatments, the other on preventive care using genomic "
                    "data.</p>"
                ),
                quote(
                    "Wallonia is fertile ground for medtech, and the cluster's "
                    "networking and funding support has helped us pursue our goal: "
                    "patients who take part in decisions about their care.",
                    "Brice Van Eeckhout",
                    "Co-founder and CEO",
                    "Comunicare Solutions",
                ),
            ],
        },
        "fr": {
            "summary": "Une plateforme de santé numérique qui transmet au patient "
            "les informations de l’hôpital et recueille les résultats qu’il "
            "rapporte.",
            "technologies": [
                "santé numérique",
                "résultats rapportés par les patients",
                "décision partagée",
                "données génomiques",
            ],
            "products": [],
            "body": [
                paragraph(
                    "<p>Comunicare Solutions met le numérique et les données de "
                    "santé au service des patients. Sa plateforme rassemble les "
                    "informations que l’hôpital transmet à chaque patient et "
                    "recueille les résultats rapportés par les patients, pour "
                    "qu’ils prennent une part plus active à leurs soins et "
                    "décident avec leurs soignants.</p>"
                    "<p>Membre de BioWin depuis 2019, l’entreprise a rejoint, grâce "
                    "au pôle, des partenaires régionaux pour monter deux projets : "
                    "l’un pour accélérer le développement de traitements ciblés "
                    "contre le cancer, l’autre consacré à la prévention à partir de "
                    "données génomiques.</p>"
                ),
                quote(
                    "La Wallonie est un écosystème solide et fertile pour les "
                    "entreprises medtech innovantes, et nous pensons que BioWin joue "
                    "un rôle important en soutenant le networking et le financement "
                    "de ses membres. Cela a permis à Comunicare Solutions de "
                    "développer son ambition : rendre les patients acteurs de leur "
                    "santé et favoriser la décision partagée entre patients et "
                    "soignants.",
                    "Brice Van Eeckhout",
                    "Cofondateur et CEO",
                    "Comunicare Solutions",
                ),
            ],
        },
    },
    {
        "slug": "neuroclues",
        "title": "NeuroClues",
        "member_since": 2020,
        "palette": "green",
        "sectors": ["medtech"],
        "areas": ["medtech"],
        "labels": [],
        # Source: medtech series, part 1.
        "en": {
            "summary": "A young medtech start-up specialised in neurological "
            "disorders.",
            "technologies": ["neurology"],
            "products": [],
            "body": [
                paragraph(
                    "<p>NeuroClues is a young medtech start-up specialised in "
                    "neurological disorders, and a BioWin member since 2020. The "
                    "cluster has backed it from the very start, helping it "
                    "understand the American market: the start-up planned to join "
                    "the trade mission to Minneapolis in May 2023 to meet leading "
                    "US players. BioWin’s partnership with the French cluster "
                    "Medicen opened the French market and the Paris medtech "
                    "ecosystem to it.</p>"
                ),
                quote(
                    "The cluster has been with us from day one: it helped us "
                    "understand the American market, and its partnership with "
                    "Medicen opened the French one to us.",
                    "Antoine Pouppez",
                    "CEO",
                    "NeuroClues",
                ),
            ],
        },
        "fr": {
            "summary": "Une jeune start-up medtech spécialisée dans les troubles "
            "neurologiques.",
            "technologies": ["neurologie"],
            "products": [],
            "body": [
                paragraph(
                    "<p>NeuroClues est une jeune start-up medtech spécialisée dans "
                    "les troubles neurologiques, membre de BioWin depuis 2020. Le "
                    "pôle la soutient depuis ses débuts et l’a aidée à comprendre "
                    "le marché américain : la start-up comptait rejoindre la "
                    "mission de mai 2023 à Minneapolis pour y rencontrer des "
                    "acteurs américains de premier plan. Le partenariat de BioWin "
                    "avec le pôle français Medicen lui a ouvert le marché français "
                    "et l’écosystème medtech parisien.</p>"
                ),
                quote(
                    "Nous bénéficions du soutien de BioWin depuis le tout début. Son "
                    "soutien inestimable nous a aidés à comprendre le marché "
                    "américain. Grâce à une mission dédiée à Minneapolis en mai, nous "
                    "aurons l’occasion de rencontrer des acteurs américains de "
                    "premier plan et d’autres entreprises wallonnes aux ambitions "
                    "similaires. Le partenariat de BioWin avec le pôle français "
                    "Medicen nous a permis d’entrer sur le marché français et "
                    "d’accéder à l’écosystème medtech parisien.",
                    "Antoine Pouppez",
                    "CEO",
                    "NeuroClues",
                ),
            ],
        },
    },
    {
        "slug": "mithra-cdmo",
        "title": "Mithra CDMO",
        "member_since": None,
        "palette": "amber",
        "sectors": ["biotech-pharma"],
        "areas": ["biopharma", "digital-biomanufacturing"],
        "labels": [FACTORY_OF_THE_FUTURE],
        # Source: review of 2023, story 8.
        "en": {
            "summary": "A Walloon biotech company recognised in 2023 as a ‘Factory "
            "of the Future’ for its excellence in Industry 4.0.",
            "technologies": ["Industry 4.0", "biomanufacturing"],
            "products": [],
            "body": [
                paragraph(
                    "<p>Mithra CDMO is a Walloon biotech company. In 2023 it was one "
                    "of the two companies from the health and life-science "
                    "ecosystem to earn the title of ‘Factory of the Future’, which "
                    "Digital Wallonia’s Industry of the Future programme awards to "
                    "companies that stand out in Industry 4.0, judged against its "
                    "‘Made Different’ criteria.</p>"
                    "<p>On the way there it received personalised guidance in "
                    "BioMan, an Industry of the Future project coordinated by "
                    "BioWin, including a digital maturity diagnosis by the "
                    "accredited research centre CETIC.</p>"
                ),
            ],
        },
        "fr": {
            "summary": "Une biotech wallonne reconnue en 2023 « Factory of the "
            "Future » pour son excellence dans l’industrie 4.0.",
            "technologies": ["industrie 4.0", "bioproduction"],
            "products": [],
            "body": [
                paragraph(
                    "<p>Mithra CDMO est une entreprise biotech wallonne. En 2023, "
                    "elle a été l’une des deux entreprises de l’écosystème santé et "
                    "sciences du vivant à obtenir le titre de « Factory of the "
                    "Future », que le programme Industrie du futur de Digital "
                    "Wallonia décerne aux entreprises qui se distinguent dans "
                    "l’industrie 4.0, au regard de ses critères « Made "
                    "Different ».</p>"
                    "<p>Elle a bénéficié pour cela d’un accompagnement personnalisé "
                    "dans le cadre de BioMan, un projet Industrie du futur coordonné "
                    "par BioWin, dont un diagnostic de maturité numérique réalisé "
                    "par le centre de recherche agréé CETIC.</p>"
                ),
            ],
        },
    },
    {
        "slug": "texere-biotech",
        "title": "Texere biotech",
        "member_since": None,
        "palette": "teal",
        "sectors": ["biotech-pharma"],
        "areas": ["biopharma", "digital-biomanufacturing"],
        "labels": [FACTORY_OF_THE_FUTURE],
        # Source: review of 2023, story 8.
        "en": {
            "summary": "A Walloon biotech company, one of the two from the life "
            "sciences to earn the ‘Factory of the Future’ title in 2023.",
            "technologies": ["Industry 4.0", "biomanufacturing"],
            "products": [],
            "body": [
                paragraph(
                    "<p>Texere biotech is a Walloon biotech company. Together with "
                    "Mithra CDMO, it was awarded the title of ‘Factory of the "
                    "Future’ in 2023 by Digital Wallonia’s Industry of the Future "
                    "programme, which aims to speed up the digital transformation "
                    "of Walloon businesses and singles out those that excel in "
                    "Industry 4.0.</p>"
                    "<p>The company was guided towards the title in BioMan, the "
                    "Industry of the Future project coordinated by BioWin; the "
                    "guidance included a digital maturity diagnosis by the "
                    "accredited research centre CETIC.</p>"
                ),
            ],
        },
        "fr": {
            "summary": "Une biotech wallonne, l’une des deux entreprises des "
            "sciences du vivant à obtenir le titre « Factory of the Future » en "
            "2023.",
            "technologies": ["industrie 4.0", "bioproduction"],
            "products": [],
            "body": [
                paragraph(
                    "<p>Texere biotech est une entreprise biotech wallonne. Avec "
                    "Mithra CDMO, elle a reçu en 2023 le titre de « Factory of the "
                    "Future » du programme Industrie du futur de Digital Wallonia, "
                    "qui vise à accélérer la transformation numérique des "
                    "entreprises wallonnes et distingue celles qui excellent dans "
                    "l’industrie 4.0.</p>"
                    "<p>L’entreprise a été accompagnée vers ce titre dans le cadre "
                    "de BioMan, le projet Industrie du futur coordonné par BioWin ; "
                    "cet accompagnement comprenait un diagnostic de maturité "
                    "numérique réalisé par le centre de recherche agréé CETIC.</p>"
                ),
            ],
        },
    },
    {
        "slug": "cetic",
        "title": "CETIC",
        "member_since": None,
        # The same palette as its former partner logo, so the logo is shared.
        "palette": "amber",
        "sectors": ["research-organisation"],
        "areas": ["digital-biomanufacturing"],
        "labels": [],
        # Source: review of 2023, story 8.
        "en": {
            "summary": "An accredited research centre; in the BioMan project it "
            "diagnosed the digital maturity of two biotech companies.",
            "technologies": ["digital maturity", "Industry 4.0"],
            "products": [],
            "body": [
                paragraph(
                    "<p>CETIC is an accredited research centre. In BioMan, the "
                    "Industry of the Future project coordinated by BioWin, it "
                    "provided the digital maturity diagnosis that was part of the "
                    "personalised guidance given to Mithra CDMO and Texere "
                    "biotech.</p>"
                    "<p>Both companies went on to earn the title of ‘Factory of "
                    "the Future’ from Digital Wallonia’s Industry of the Future "
                    "programme in 2023.</p>"
                ),
            ],
        },
        "fr": {
            "summary": "Un centre de recherche agréé ; dans le projet BioMan, il a "
            "évalué la maturité numérique de deux entreprises biotech.",
            "technologies": ["maturité numérique", "industrie 4.0"],
            "products": [],
            "body": [
                paragraph(
                    "<p>Le CETIC est un centre de recherche agréé. Dans BioMan, le "
                    "projet Industrie du futur coordonné par BioWin, il a réalisé "
                    "le diagnostic de maturité numérique qui faisait partie de "
                    "l’accompagnement personnalisé de Mithra CDMO et de Texere "
                    "biotech.</p>"
                    "<p>Les deux entreprises ont ensuite obtenu le titre de "
                    "« Factory of the Future » du programme Industrie du futur de "
                    "Digital Wallonia en 2023.</p>"
                ),
            ],
        },
    },
]
