"""The demo site's news, in English and French: BioWin's stories of 2023.

The facts (figures, names, places, dates of events) come from the seed
articles: the cluster's review of its year 2023 and part 1 of its series on
the Belgian medtech ecosystem. The wording is our own; quotations keep the
speaker's words, lightly condensed, and name the speaker.

Story dates: the seeds date the events, not the stories. Where a seed pins a
story down, its date follows from it: the trade-mission story comes after the
mission (8–12 May 2023), the biotech ranking after the end of March 2023 that
KBC Securities measured, and the medtech article before the May mission it
announces. Every other date is illustrative, spread over 2023.
"""

import datetime

from cluster_portal.core.demo.content import heading, key_figures, paragraph, quote

INDEX = {
    "en": {
        "title": "News",
        "slug": "news",
        "intro": "Stories from the cluster, its members and its partners: projects, "
        "events, missions and milestones.",
    },
    "fr": {
        "title": "Actualités",
        "slug": "actualites",
        "intro": "Les nouvelles du pôle, de ses membres et de ses partenaires : "
        "projets, événements, missions et étapes clés.",
    },
}

SERIES = {
    "slug": "medtech-ecosystem",
    "en": {
        "title": "The Belgian medtech ecosystem",
        "slug": "medtech-ecosystem",
        "description": "A series on the Walloon and Belgian medtech ecosystem: its "
        "challenges, its opportunities and the joint initiatives of BioWin and its "
        "partners.",
    },
    "fr": {
        "title": "L’écosystème medtech belge",
        "slug": "ecosysteme-medtech",
        "description": "Une série consacrée à l’écosystème medtech wallon et belge : "
        "ses défis, ses opportunités et les initiatives communes de BioWin et de ses "
        "partenaires.",
    },
}

AUTHOR = {
    "en": {"name": "BioWin communications team", "role": ""},
    "fr": {"name": "Équipe communication de BioWin", "role": ""},
}

# The lead images are abstract drawings; their alternative text says so.
LEAD_IMAGE_ALT = {
    "teal": (
        "Abstract illustration: translucent circles on a dark teal gradient, like "
        "cells under a microscope",
        "Illustration abstraite : des cercles translucides sur un dégradé bleu "
        "canard, comme des cellules au microscope",
    ),
    "violet": (
        "Abstract illustration: translucent circles on a deep violet gradient, like "
        "cells under a microscope",
        "Illustration abstraite : des cercles translucides sur un dégradé violet, "
        "comme des cellules au microscope",
    ),
    "amber": (
        "Abstract illustration: translucent circles on a warm amber gradient, like "
        "cells under a microscope",
        "Illustration abstraite : des cercles translucides sur un dégradé ambré, "
        "comme des cellules au microscope",
    ),
    "green": (
        "Abstract illustration: translucent circles on a dark green gradient, like "
        "cells under a microscope",
        "Illustration abstraite : des cercles translucides sur un dégradé vert, "
        "comme des cellules au microscope",
    ),
}

# The story shown large on top of both indexes.
FEATURED = "biowin-day"

# Each story: a key (also the image seed), its date, the palette of its lead
# image, its strategic areas and domains (core snippet slugs), the core
# standard pages it links to (by slug), the member pages it mentions (by slug,
# if any), its series part if any, and its texts.
STORIES = [
    {
        "key": "cancer",
        "date": datetime.date(2023, 2, 3),
        "palette": "violet",
        "areas": ["biopharma", "medtech", "radiation-in-healthcare"],
        # The seeds name no company for this story: it links no member page.
        "related": [],
        "en": {
            "title": "Wallonia, a champion in the fight against cancer",
            "slug": "wallonia-fight-against-cancer",
            "intro": "Wallonia’s innovation against cancer is known around the "
            "world, thanks to its leading companies and to its academics and "
            "clinicians.",
            "tags": ["oncology", "nuclear medicine", "proton therapy"],
            "body": [
                paragraph(
                    "<p>When it comes to fighting cancer, innovation from Wallonia "
                    "enjoys worldwide recognition. The region owes it to leading "
                    "companies in several complementary fields, and to the work of "
                    "outstanding academics and clinicians.</p>"
                ),
                heading("Fields where the region leads"),
                paragraph(
                    "<ul><li>Nuclear medicine</li><li>Medical imaging</li>"
                    "<li>Immunotherapy</li><li>Precision medicine</li>"
                    "<li>Proton therapy</li></ul>"
                    "<p>For patients, these strengths hold real promise for the "
                    "years ahead.</p>"
                ),
            ],
        },
        "fr": {
            "title": "La Wallonie, championne de la lutte contre le cancer",
            "slug": "wallonie-lutte-contre-le-cancer",
            "intro": "L’innovation wallonne contre le cancer est reconnue dans le "
            "monde entier, grâce à des entreprises de premier plan, à ses "
            "chercheurs et à ses cliniciens.",
            "tags": ["oncologie", "médecine nucléaire", "protonthérapie"],
            "body": [
                paragraph(
                    "<p>Dans la lutte contre le cancer, l’innovation wallonne "
                    "bénéficie d’une reconnaissance mondiale. La région la doit à des "
                    "entreprises de premier plan dans plusieurs domaines "
                    "complémentaires, ainsi qu’au travail d’universitaires et de "
                    "cliniciens remarquables.</p>"
                ),
                heading("Les domaines où la région excelle"),
                paragraph(
                    "<ul><li>La médecine nucléaire</li><li>L’imagerie médicale</li>"
                    "<li>L’immunothérapie</li><li>La médecine de précision</li>"
                    "<li>La protonthérapie</li></ul>"
                    "<p>Pour les patients, ces atouts sont porteurs de réels espoirs "
                    "pour les années à venir.</p>"
                ),
            ],
        },
    },
    {
        "key": "polepharma",
        "date": datetime.date(2023, 3, 16),
        "palette": "green",
        "areas": ["biopharma"],
        # Polepharma is a partner organisation, not a page: nothing to link.
        "related": [],
        "en": {
            "title": "BioWin and Polepharma join forces in biopharma",
            "slug": "biowin-polepharma-partnership",
            "intro": "Wallonia’s health cluster and Polepharma, which represents "
            "France’s (bio)pharmaceutical industry, have signed an agreement that "
            "puts their collaboration on a formal footing.",
            "tags": ["partnership", "France", "biomanufacturing"],
            "body": [
                paragraph(
                    "<p>BioWin and Polepharma, which brings together France’s "
                    "(bio)pharmaceutical industry, have signed an agreement that "
                    "formalises their partnership. Its purpose is to make the two "
                    "clusters work more closely together in the biopharmaceutical "
                    "sector.</p>"
                ),
                heading("Three areas of cooperation"),
                paragraph(
                    "<p>The agreement concentrates on three fields:</p>"
                    "<ul><li>human resources;</li><li>biomanufacturing;</li>"
                    "<li>biomedical research projects.</li></ul>"
                ),
            ],
        },
        "fr": {
            "title": "BioWin et Polepharma unissent leurs forces dans la biopharma",
            "slug": "partenariat-biowin-polepharma",
            "intro": "Le pôle santé de Wallonie et Polepharma, le pôle français de "
            "l’industrie (bio)pharmaceutique, ont officialisé leur collaboration par "
            "un accord de partenariat.",
            "tags": ["partenariat", "France", "bioproduction"],
            "body": [
                paragraph(
                    "<p>BioWin et Polepharma, qui fédère l’industrie "
                    "(bio)pharmaceutique française, ont signé un accord qui formalise "
                    "leur partenariat. Objectif : faire travailler les deux pôles "
                    "plus étroitement dans le secteur biopharmaceutique.</p>"
                ),
                heading("Trois axes de coopération"),
                paragraph(
                    "<p>L’accord porte sur trois domaines :</p>"
                    "<ul><li>les ressources humaines ;</li><li>la bioproduction ;</li>"
                    "<li>les projets de recherche biomédicale.</li></ul>"
                ),
            ],
        },
    },
    {
        "key": "medtech-ecosystem",
        "date": datetime.date(2023, 4, 12),
        "palette": "teal",
        "areas": [
            "medtech",
            "e-health",
            "in-vitro-diagnostics",
            "radiation-in-healthcare",
        ],
        "related": [
            "strategic-areas",
            "medtech-mission-minneapolis-2023",
            "qc1-radiopharmaceutical-quality-control",
            "rapid-group-b-streptococcus-test",
            "triple-negative-breast-cancer-test",
            "targeted-cancer-treatments-patient-data",
            "preventive-care-genomic-data",
        ],
        "members": ["trasis", "comunicare-solutions", "neuroclues"],
        "series_part": 1,
        "en": {
            "title": "Medtech in Belgium: initiatives for a thriving, innovative "
            "ecosystem",
            "slug": "medtech-ecosystem-initiatives",
            "intro": "Some 200 companies and nearly 17,000 jobs make Belgium’s "
            "medical-device industry one of Europe’s most active. The first "
            "part of our series looks at the ecosystem and at what BioWin and its "
            "partners do to help it grow.",
            "tags": [
                "medtech",
                "in vitro diagnostics",
                "digital health",
                "internationalisation",
            ],
            "body": [
                paragraph(
                    "<p>From medical equipment and systems to implantable devices, "
                    "from in vitro diagnostics to e-health and consumables, medtech "
                    "spans a wide, fast-changing range of activities, and it keeps "
                    "growing in Wallonia and in Belgium as a whole, as the beMedtech "
                    "2022 industry report shows. Strengthening this ecosystem and its "
                    "companies, together with its partners, is one of BioWin’s "
                    "strategic objectives.</p>"
                    "<p>Investment is following. Between 2017 and 2021, 35.8% of "
                    "companies each invested more than €2 million to establish "
                    "at least one medtech or IVD activity in Belgium, and almost 30% "
                    "intend to invest more over the next five years. This series "
                    "looks at medtech in Wallonia and in Belgium: what holds it back, "
                    "where its openings lie, and the initiatives BioWin and its "
                    "partners run together.</p>"
                ),
                key_figures(
                    "Belgian medtech in figures",
                    [
                        ("200", "medtech companies in Belgium"),
                        ("~17,000", "jobs"),
                        ("€3.4bn", "yearly turnover, exports excluded"),
                        ("500,000+", "technologies"),
                        ("80", "companies in Wallonia"),
                        ("~5,000", "full-time employees in Wallonia"),
                        ("~40%", "of the industry in in vitro diagnostics"),
                        ("26.5%", "of companies develop a digital-health tool"),
                    ],
                    "BioWin; beMedtech 2022 industry report",
                ),
                paragraph(
                    "<p>The COVID-19 pandemic pushed biotech and medtech to bring "
                    "their innovations forward faster, and medical diagnostics, in "
                    "vitro diagnostics (IVD) above all, was on the front line. IVD "
                    "now makes up close to 40% of Belgian medtech. Thierry Ferain, "
                    "BioWin’s Innovation and Growth director, points out that it has "
                    "always been part of the cluster’s project portfolio, across very "
                    "different therapeutic areas and technologies. He cites two "
                    "examples: a rapid immunochromatography test that detects Group B "
                    "Streptococcus (GBS) in expectant mothers as they give birth, "
                    "and a test for patients with triple-negative breast cancer that "
                    "measures the T cells that have infiltrated the tumour, to judge "
                    "whether a specific chemotherapy could help them.</p>"
                    "<p>Trasis, which designs and develops equipment for "
                    "radiopharmaceuticals and has been a BioWin member since 2006, "
                    "shows what collaboration and the cluster’s support can "
                    "achieve.</p>"
                ),
                quote(
                    "Four of our projects have had the cluster's backing. One produced "
                    "QC1, a single instrument that checks radiolabelled substances "
                    "before injection in place of a whole bench of devices.",
                    "Jean-Luc Morelle",
                    "CTO",
                    "Trasis",
                ),
                paragraph(
                    "<p>Health is going digital like every other industry: software "
                    "and connected services now help prevent, diagnose, treat and "
                    "follow illness and look after well-being. Just over a quarter "
                    "of Belgian medtech companies (26.5%) have at least one "
                    "digital-health product or service in development.</p>"
                    "<p>Comunicare Solutions, in the cluster since 2019, builds a "
                    "platform that brings patients the information their hospital "
                    "holds for them and records how patients say they are doing. "
                    "Its co-founder and CEO, Brice Van Eeckhout, credits the "
                    "cluster's networking and funding support with helping the "
                    "company give patients a real say in their care, and with "
                    "bringing it into two regional projects: faster development of "
                    "targeted cancer treatments, and prevention based on genomic "
                    "data.</p>"
                    "<p>Digital-health companies also need to be seen and known "
                    "abroad, so BioWin and AWEX organise international events and "
                    "meetings together. NeuroClues, a neurology start-up in the "
                    "cluster since 2020, says this support taught it how the US "
                    "market works. Its CEO, Antoine Pouppez, was counting on the May "
                    "mission to Minneapolis to meet major American companies and "
                    "like-minded Walloon firms, and points to the cluster's ties with "
                    "the French cluster Medicen as what let the start-up into the "
                    "French market and the Paris medtech scene.</p>"
                    "<p>That mission, organised by AWEX in Minnesota from 8 to 12 May "
                    "2023, carries on BioWin’s work in MAGIA (Medtech Alliance for "
                    "Global Internationalization), a European alliance of four "
                    "healthcare clusters. After missions in 2019 and 2022, the "
                    "alliance has signed a partnership with the Medical Alley "
                    "Association, which covers Minnesota’s whole healthcare "
                    "ecosystem.</p>"
                ),
                quote(
                    "Wallonia can become one of Europe's medtech valleys, and working "
                    "together is how we get there. Medtech and digital health are "
                    "a strategic area for us, and 2023 is a decisive year, with new "
                    "initiatives and missions for our members.",
                    "Sylvie Ponchaut",
                    "Managing director",
                    "BioWin",
                ),
            ],
        },
        "fr": {
            "title": "La medtech en Belgique : des initiatives pour un écosystème "
            "innovant et florissant",
            "slug": "initiatives-ecosysteme-medtech",
            "intro": "Avec 200 entreprises et près de 17 000 emplois, l’industrie "
            "belge des dispositifs médicaux compte parmi les plus actives d’Europe. "
            "Premier volet de notre série : l’écosystème, et ce que BioWin et ses "
            "partenaires font pour le faire grandir.",
            "tags": [
                "medtech",
                "diagnostic in vitro",
                "santé numérique",
                "international",
            ],
            "body": [
                paragraph(
                    "<p>Équipements et systèmes médicaux, diagnostic in vitro, "
                    "dispositifs implantables, e-santé, consommables médicaux : la "
                    "medtech recouvre des activités très variées et en constante "
                    "évolution, qui continuent de prospérer en Wallonie et dans toute "
                    "la Belgique, comme le montre le rapport sectoriel beMedtech 2022. "
                    "Renforcer cet écosystème et ses entreprises, avec ses "
                    "partenaires, fait partie des objectifs stratégiques de "
                    "BioWin.</p>"
                    "<p>Les investissements suivent. Entre 2017 et 2021, 35,8 % des "
                    "entreprises ont chacune investi plus de 2 millions d’euros pour "
                    "implanter une ou plusieurs activités medtech ou de diagnostic in "
                    "vitro dans le pays, et près de 30 % comptent investir davantage "
                    "au cours des cinq prochaines années. Cette série explore "
                    "l’écosystème medtech wallon et belge, ses défis et ses "
                    "opportunités, ainsi que les initiatives communes de BioWin et de "
                    "ses partenaires.</p>"
                ),
                key_figures(
                    "La medtech belge en chiffres",
                    [
                        ("200", "entreprises medtech en Belgique"),
                        ("~17 000", "emplois"),
                        ("3,4 Md€", "de chiffre d’affaires annuel, hors exportations"),
                        ("500 000+", "technologies"),
                        ("80", "entreprises en Wallonie"),
                        ("~5 000", "équivalents temps plein en Wallonie"),
                        ("~40 %", "du secteur dans le diagnostic in vitro"),
                        ("26,5 %", "des entreprises développent un outil e-santé"),
                    ],
                    "BioWin ; rapport sectoriel beMedtech 2022",
                ),
                paragraph(
                    "<p>La pandémie de COVID-19 a poussé la biotech et la medtech à "
                    "accélérer leurs innovations, et le diagnostic médical, en "
                    "particulier le diagnostic in vitro (DIV), s’est retrouvé en "
                    "première ligne. Le DIV représente aujourd’hui près de 40 % de la "
                    "medtech belge. Thierry Ferain, directeur Innovation et "
                    "Croissance de BioWin, rappelle qu’il a toujours fait partie du "
                    "portefeuille de projets du pôle, dans des domaines "
                    "thérapeutiques et des technologies très variés. Il cite deux "
                    "exemples : un test rapide d’immunochromatographie qui détecte le "
                    "streptocoque du groupe B chez la femme enceinte au moment de "
                    "l’accouchement, et un test destiné aux patients atteints d’un "
                    "cancer du sein triple négatif, qui mesure les lymphocytes T "
                    "ayant infiltré la tumeur afin d’évaluer le bénéfice possible "
                    "d’une chimiothérapie spécifique.</p>"
                    "<p>Trasis, qui conçoit et développe des équipements pour la "
                    "radiopharmacie et est membre de BioWin depuis 2006, illustre ce "
                    "que permettent la collaboration et le soutien du pôle.</p>"
                ),
                quote(
                    "BioWin nous a déjà soutenus dans quatre projets, dont l’un nous "
                    "a permis de développer le QC1, sur le point d’arriver sur le "
                    "marché. Il contrôle la qualité des substances radiomarquées "
                    "avant leur injection au patient et réunit jusqu’à 14 fonctions "
                    "analytiques, remplaçant presque autant d’appareils. Il "
                    "complétera notre gamme d’équipements de synthèse et répond à un "
                    "besoin attendu de longue date dans notre domaine.",
                    "Jean-Luc Morelle",
                    "Directeur technique (CTO)",
                    "Trasis",
                ),
                paragraph(
                    "<p>Le numérique transforme la santé comme les autres secteurs : "
                    "des outils et services fondés sur les technologies de "
                    "l’information et de la communication soutiennent désormais la "
                    "prévention, le diagnostic, le traitement, le suivi et la gestion "
                    "de la santé et du mode de vie. En Belgique, 26,5 % des "
                    "entreprises medtech développent au moins un outil ou un service "
                    "de santé numérique.</p>"
                    "<p>Comunicare Solutions, membre depuis 2019, développe une "
                    "plateforme qui rassemble les informations transmises par "
                    "l’hôpital au patient et recueille les résultats rapportés par "
                    "les patients. « BioWin joue un rôle important en soutenant le "
                    "networking et le financement de ses membres », explique Brice "
                    "Van Eeckhout, cofondateur et CEO. Ce soutien aide l’entreprise à "
                    "poursuivre son ambition : rendre les patients acteurs de leur "
                    "santé et favoriser la décision partagée avec les soignants. Il "
                    "lui a aussi permis de rejoindre récemment deux projets "
                    "régionaux, l’un pour accélérer le développement de traitements "
                    "ciblés contre le cancer, l’autre consacré à la prévention à "
                    "partir de données génomiques.</p>"
                    "<p>Les entreprises de santé numérique ont aussi besoin de "
                    "visibilité et de contacts à l’étranger : BioWin collabore pour "
                    "cela avec l’AWEX sur des événements et rencontres "
                    "internationaux. NeuroClues, jeune start-up spécialisée dans les "
                    "troubles neurologiques et membre depuis 2020, explique que ce "
                    "soutien l’a aidée à comprendre le marché américain. « Grâce à "
                    "une mission dédiée à Minneapolis en mai, nous aurons l’occasion "
                    "de rencontrer des acteurs américains de premier plan et "
                    "d’autres entreprises wallonnes aux ambitions similaires », "
                    "indique son CEO, Antoine Pouppez, qui ajoute que le partenariat "
                    "de BioWin avec le pôle français Medicen lui a ouvert le marché "
                    "français et l’écosystème medtech parisien.</p>"
                    "<p>Organisée par l’AWEX au Minnesota du 8 au 12 mai 2023, cette "
                    "mission prolonge l’action de BioWin au sein de MAGIA (Medtech "
                    "Alliance for Global Internationalization), une alliance "
                    "européenne de quatre pôles santé. Après des missions en 2019 et "
                    "en 2022, l’alliance a signé un partenariat avec la Medical Alley "
                    "Association, qui couvre tout l’écosystème santé du "
                    "Minnesota.</p>"
                ),
                quote(
                    "La Wallonie a le potentiel pour devenir une « medtech valley » "
                    "européenne importante. L’innovation collaborative est la clé de "
                    "l’avenir de la medtech en Wallonie et en Europe. Les "
                    "technologies médicales, santé numérique comprise, sont l’un de "
                    "nos domaines stratégiques, et 2023 sera une année décisive, avec "
                    "des initiatives et des missions dédiées pour nos membres.",
                    "Sylvie Ponchaut",
                    "Directrice générale",
                    "BioWin",
                ),
            ],
        },
    },
    {
        "key": "biotech-ranking",
        "date": datetime.date(2023, 4, 20),
        "palette": "teal",
        "areas": ["biopharma"],
        "related": [],
        "en": {
            "title": "Belgium is now Europe’s second biotech nation, behind Denmark",
            "slug": "belgium-second-european-biotech",
            "intro": "At the end of March 2023, Belgian biotech companies had a "
            "combined capitalisation of €40.1 billion, according to KBC Securities: "
            "enough to rank the country second in Europe, after Denmark.",
            "tags": ["biotech", "investment", "rankings"],
            "body": [
                paragraph(
                    "<p>Belgium has moved up to second place among Europe’s biotech "
                    "industries; only Denmark ranks higher. The ranking rests on "
                    "figures from KBC Securities: at the end of March 2023, the "
                    "country’s biotech companies added up to a capitalisation of "
                    "€40.1 billion.</p>"
                ),
                key_figures(
                    "Belgian biotech in figures",
                    [
                        ("2nd", "place in European biotech, after Denmark"),
                        ("€40.1bn", "combined capitalisation, end of March 2023"),
                    ],
                    "KBC Securities",
                ),
                quote(
                    "Biotech is seeing innovation on a scale never seen before, "
                    "pushed by artificial intelligence in pharma and healthcare and "
                    "by the latest progress against Alzheimer's disease.",
                    "KBC Securities analysts",
                    "Financial analysts",
                    "KBC Securities",
                ),
                paragraph(
                    "<p>For the companies, universities and hospitals of the "
                    "cluster, the ranking confirms the weight Belgian biotech now "
                    "carries in Europe, and the pace of the innovation it rests "
                    "on.</p>"
                ),
            ],
        },
        "fr": {
            "title": "La Belgique, deuxième nation européenne de la biotech après le "
            "Danemark",
            "slug": "belgique-deuxieme-biotech-europeenne",
            "intro": "Fin mars 2023, les entreprises biotech belges affichaient une "
            "capitalisation cumulée de 40,1 milliards d’euros selon KBC Securities : "
            "de quoi hisser le pays au deuxième rang européen, derrière le Danemark.",
            "tags": ["biotech", "investissement", "classement"],
            "body": [
                paragraph(
                    "<p>La Belgique occupe désormais la deuxième place du secteur "
                    "biotech européen ; seul le Danemark fait mieux. Ce classement "
                    "s’appuie sur les chiffres de KBC Securities : à la fin du mois "
                    "de mars 2023, les entreprises biotech du pays totalisaient une "
                    "capitalisation de 40,1 milliards d’euros.</p>"
                ),
                key_figures(
                    "La biotech belge en chiffres",
                    [
                        ("2e", "place européenne, après le Danemark"),
                        ("40,1 Md€", "de capitalisation cumulée, fin mars 2023"),
                    ],
                    "KBC Securities",
                ),
                quote(
                    "L’écosystème biotech connaît une vague d’innovation sans "
                    "précédent, portée par l’intelligence artificielle, de plus en "
                    "plus intégrée dans l’industrie pharmaceutique et les soins de "
                    "santé, ainsi que par les avancées récentes contre la maladie "
                    "d’Alzheimer.",
                    "Les analystes de KBC Securities",
                    "Analystes financiers",
                    "KBC Securities",
                ),
                paragraph(
                    "<p>Pour les entreprises, universités et hôpitaux du pôle, ce "
                    "classement confirme le poids acquis par la biotech belge en "
                    "Europe, et le rythme de l’innovation sur lequel il repose.</p>"
                ),
            ],
        },
    },
    {
        "key": "minneapolis-mission",
        "date": datetime.date(2023, 5, 17),
        "palette": "teal",
        "areas": ["medtech"],
        # Of the delegation, the seeds name only NeuroClues, which said it
        # would go.
        "related": ["medtech-mission-minneapolis-2023"],
        "members": ["neuroclues"],
        "en": {
            "title": "With AWEX, Walloon medtech companies explore Minneapolis",
            "slug": "medtech-mission-minneapolis",
            "intro": "From 8 to 12 May 2023, AWEX and BioWin took a group of "
            "innovative Walloon medtech companies to Minneapolis, one of the "
            "best-known hubs of the medtech industry.",
            "tags": ["trade mission", "United States", "medtech"],
            "body": [
                paragraph(
                    "<p>Minneapolis is a renowned centre of the medical technology "
                    "industry. Over four days, a delegation of innovative Walloon "
                    "medtech companies, supported by the Wallonia Export &amp; "
                    "Investment Agency (AWEX) and BioWin, met local experts there and "
                    "toured state-of-the-art medtech facilities: visits that may "
                    "shape their business strategies and their potential for "
                    "growth.</p>"
                ),
                heading("A partnership that goes back to 2018"),
                paragraph(
                    "<p>The mission builds on the memorandum of understanding that "
                    "BioWin and the Medical Alley Association signed in 2018, and it "
                    "showed an international audience what Wallonia’s healthtech "
                    "industry can do. It also carried on the cluster’s work in MAGIA, "
                    "the European alliance of four healthcare clusters that BioWin "
                    "belongs to: after missions in 2019 and 2022, the alliance too "
                    "has signed a partnership with the Medical Alley "
                    "Association.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Avec l’AWEX, des entreprises medtech wallonnes à la découverte "
            "de Minneapolis",
            "slug": "mission-medtech-minneapolis",
            "intro": "Du 8 au 12 mai 2023, l’AWEX et BioWin ont accompagné un groupe "
            "d’entreprises medtech wallonnes innovantes à Minneapolis, l’un des "
            "pôles les plus réputés de l’industrie medtech.",
            "tags": ["mission commerciale", "États-Unis", "medtech"],
            "body": [
                paragraph(
                    "<p>Minneapolis est un haut lieu de l’industrie des technologies "
                    "médicales. Pendant quatre jours, une délégation d’entreprises "
                    "medtech wallonnes innovantes, soutenue par l’Agence wallonne à "
                    "l’exportation et aux investissements étrangers (AWEX) et par "
                    "BioWin, y a rencontré des experts locaux et visité des "
                    "installations medtech de pointe : autant de visites "
                    "susceptibles d’orienter leur stratégie commerciale et leur "
                    "croissance.</p>"
                ),
                heading("Un partenariat né en 2018"),
                paragraph(
                    "<p>La mission s’inscrit dans le protocole d’accord signé en 2018 "
                    "entre BioWin et la Medical Alley Association, et elle a montré "
                    "à un public international le savoir-faire de l’industrie "
                    "healthtech wallonne. Elle prolonge aussi l’action du pôle au "
                    "sein de MAGIA, l’alliance européenne de quatre pôles santé dont "
                    "BioWin fait partie : après des missions en 2019 et en 2022, "
                    "l’alliance a elle aussi conclu un partenariat avec la Medical "
                    "Alley Association.</p>"
                ),
            ],
        },
    },
    {
        "key": "board-renewal",
        "date": datetime.date(2023, 6, 15),
        "palette": "green",
        "areas": ["biopharma", "medtech", "e-health"],
        "related": ["governance", "strategic-areas"],
        "en": {
            "title": "A renewed Board of Directors for BioWin",
            "slug": "board-of-directors-renewed",
            "intro": "The cluster’s Board of Directors, its main decision-making "
            "body, is renewed every three years so that governance keeps pace with "
            "the challenges of the day.",
            "tags": ["governance", "board of directors", "S3"],
            "body": [
                paragraph(
                    "<p>BioWin renews its Board of Directors, the body that takes the "
                    "cluster’s key decisions, every three years. The regular change "
                    "keeps governance dynamic and in tune with the issues the sector "
                    "faces.</p>"
                ),
                heading("Three years of focus"),
                paragraph(
                    "<p>Over the past three-year term, the cluster concentrated on "
                    "fields in which Wallonia has a competitive advantage, in line "
                    "with the European Union’s Smart Specialisation Strategy (S3). "
                    "Its strategic areas are:</p>"
                    "<ol><li>biopharma, with particular attention to advanced therapy "
                    "medicinal products (ATMPs);</li><li>medtech;</li>"
                    "<li>e-health.</li></ol>"
                    "<p>That focus has sped up technological progress and added to "
                    "Wallonia’s standing as a life-science centre of "
                    "excellence.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Un conseil d’administration renouvelé pour BioWin",
            "slug": "renouvellement-conseil-administration",
            "intro": "Le conseil d’administration, principal organe de décision du "
            "pôle, est renouvelé tous les trois ans pour que la gouvernance reste en "
            "phase avec les enjeux du moment.",
            "tags": ["gouvernance", "conseil d’administration", "S3"],
            "body": [
                paragraph(
                    "<p>BioWin renouvelle tous les trois ans son conseil "
                    "d’administration, l’instance qui prend les décisions clés du "
                    "pôle. Ce renouvellement régulier garantit une gouvernance "
                    "dynamique, attentive aux défis que rencontre le secteur.</p>"
                ),
                heading("Trois années de priorités claires"),
                paragraph(
                    "<p>Au cours des trois dernières années, le pôle s’est concentré "
                    "sur les domaines où la Wallonie dispose d’un avantage "
                    "compétitif, en cohérence avec la stratégie de spécialisation "
                    "intelligente (S3) de l’Union européenne. Ses domaines "
                    "stratégiques sont :</p>"
                    "<ol><li>la biopharma, en particulier les médicaments de thérapie "
                    "innovante (MTI) ;</li><li>la medtech ;</li><li>l’e-santé.</li>"
                    "</ol>"
                    "<p>Ces choix ont accéléré les avancées technologiques et "
                    "renforcé la position de la Wallonie comme centre d’excellence en "
                    "sciences du vivant.</p>"
                ),
            ],
        },
    },
    {
        "key": "advanced-therapies",
        "date": datetime.date(2023, 7, 6),
        "palette": "violet",
        "areas": ["biopharma", "advanced-therapies"],
        # The seeds do not name the 26 members behind the initiative.
        "related": ["advanced-therapies-initiative", "strategic-areas"],
        "en": {
            "title": "Advanced therapies: BioWin and 26 members put an ambitious plan "
            "to the Walloon Government",
            "slug": "advanced-therapies-plan-walloon-government",
            "intro": "After months of preparation, the cluster and 26 of its members "
            "have presented the Walloon Government with a strategic initiative on "
            "advanced therapies, built on 12 work packages in three pillars.",
            "tags": ["advanced therapies", "ATMP", "Walloon Government"],
            "body": [
                paragraph(
                    "<p>Few places in Europe have an advanced-therapy (ATMP) "
                    "ecosystem like Belgium’s, and Wallonia’s in particular. For "
                    "months, BioWin and its members have been preparing a strategic "
                    "initiative on these disruptive therapies, which open a new "
                    "chapter in medicine: they hold out the prospect of curing "
                    "patients, not only treating them.</p>"
                ),
                heading("The whole value chain around one table"),
                paragraph(
                    "<p>The initiative gathers SMEs and large companies, "
                    "universities, research centres and hospitals, so that the "
                    "complete value chain is consolidated in the region. Its 12 work "
                    "packages are grouped into three pillars:</p>"
                    "<ul><li>cell therapy;</li><li>gene therapy;</li>"
                    "<li>exosome and bacteriophage therapies.</li></ul>"
                ),
                key_figures(
                    "The initiative at a glance",
                    [
                        ("26", "members behind the initiative"),
                        ("12", "work packages"),
                        ("3", "pillars"),
                    ],
                ),
            ],
        },
        "fr": {
            "title": "Thérapies avancées : BioWin et 26 membres présentent un projet "
            "ambitieux au Gouvernement wallon",
            "slug": "therapies-avancees-projet-gouvernement-wallon",
            "intro": "Après des mois de préparation, le pôle et 26 de ses membres ont "
            "présenté au Gouvernement wallon une initiative stratégique consacrée "
            "aux thérapies avancées, articulée en 12 work packages et trois piliers.",
            "tags": ["thérapies avancées", "MTI", "Gouvernement wallon"],
            "body": [
                paragraph(
                    "<p>La Belgique, et la Wallonie en particulier, disposent d’un "
                    "écosystème des médicaments de thérapie innovante (MTI) sans "
                    "équivalent en Europe. Depuis des mois, BioWin et ses membres "
                    "préparent une initiative stratégique consacrée à ces thérapies "
                    "de rupture, qui ouvrent un nouveau chapitre de la médecine : "
                    "elles laissent espérer de guérir les patients, et plus "
                    "seulement de les soigner.</p>"
                ),
                heading("Toute la chaîne de valeur autour de la table"),
                paragraph(
                    "<p>L’initiative réunit grandes entreprises, PME, centres de "
                    "recherche, universités et hôpitaux afin de consolider l’ensemble "
                    "de la chaîne de valeur dans la région. Ses 12 work packages "
                    "s’organisent en trois piliers :</p>"
                    "<ul><li>la thérapie cellulaire ;</li><li>la thérapie génique ;"
                    "</li><li>les thérapies par exosomes et par bactériophages.</li>"
                    "</ul>"
                ),
                key_figures(
                    "L’initiative en bref",
                    [
                        ("26", "membres engagés dans l’initiative"),
                        ("12", "work packages"),
                        ("3", "piliers"),
                    ],
                ),
            ],
        },
    },
    {
        "key": "factory-of-the-future",
        "date": datetime.date(2023, 9, 14),
        "palette": "green",
        "areas": ["biopharma", "digital-biomanufacturing"],
        "related": ["bioman-industry-of-the-future"],
        "members": ["mithra-cdmo", "texere-biotech", "cetic"],
        "en": {
            "title": "Industry of the Future: two Walloon biotech companies named "
            "‘Made Different’ ambassadors",
            "slug": "factory-of-the-future-biotech",
            "intro": "Mithra CDMO and Texere biotech have earned the title of "
            "‘Factory of the Future’ from Digital Wallonia’s Industry of the Future "
            "programme, after guidance through the BioMan project coordinated by "
            "BioWin.",
            "tags": ["Industry 4.0", "Factory of the Future", "biomanufacturing"],
            "body": [
                paragraph(
                    "<p>Digital Wallonia’s Industry of the Future programme "
                    "(“Industrie du Futur”) sets out to speed up the digital "
                    "transformation of Walloon businesses. Companies that stand out "
                    "in Industry 4.0, judged against a set of criteria called ‘Made "
                    "Different’, can compete for the coveted title of ‘Factory of the "
                    "Future’.</p>"
                ),
                heading("Two winners from the health and life sciences"),
                paragraph(
                    "<p>This year the title went to two companies of the health and "
                    "life-science ecosystem: Mithra CDMO and Texere biotech. Both "
                    "received personalised guidance, including a digital maturity "
                    "diagnosis by the accredited research centre CETIC, as part of "
                    "BioMan, an Industry of the Future project coordinated by "
                    "BioWin.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Industrie du futur : deux biotechs wallonnes désignées "
            "« Ambassadeurs Made Different »",
            "slug": "industrie-du-futur-deux-biotechs-wallonnes",
            "intro": "Mithra CDMO et Texere biotech ont obtenu le titre de « Factory "
            "of the Future » du programme Industrie du futur de Digital Wallonia, "
            "après un accompagnement dans le cadre du projet BioMan coordonné par "
            "BioWin.",
            "tags": ["industrie 4.0", "Factory of the Future", "bioproduction"],
            "body": [
                paragraph(
                    "<p>Le programme Industrie du futur de Digital Wallonia veut "
                    "accélérer la transformation numérique des entreprises wallonnes. "
                    "Celles qui se distinguent dans l’industrie 4.0, au regard d’une "
                    "grille de critères baptisée « Made Different », peuvent "
                    "concourir pour le titre convoité de « Factory of the "
                    "Future ».</p>"
                ),
                heading("Deux lauréats des sciences du vivant"),
                paragraph(
                    "<p>Cette année, deux entreprises de l’écosystème santé et "
                    "sciences du vivant ont décroché ce titre : Mithra CDMO et "
                    "Texere biotech. Toutes deux ont bénéficié d’un accompagnement "
                    "personnalisé, dont un diagnostic de maturité numérique réalisé "
                    "par le centre de recherche agréé CETIC, dans le cadre de BioMan, "
                    "un projet Industrie du futur coordonné par BioWin.</p>"
                ),
            ],
        },
    },
    {
        "key": "talent-now",
        "date": datetime.date(2023, 9, 28),
        "palette": "amber",
        "areas": ["biopharma", "e-health"],
        "related": ["talent-now"],
        "en": {
            "title": "Talent Now looks for answers to the shortage of data scientists",
            "slug": "talent-now-data-scientists",
            "intro": "The cluster’s Talent Now working group made the lack of data "
            "scientists its first priority in 2023. Rather than new courses, it "
            "recommends bringing young graduates closer to life-science companies.",
            "tags": ["talent", "data science", "skills"],
            "body": [
                paragraph(
                    "<p>Wallonia’s life-science ecosystem is strong: its companies "
                    "know each other and are used to working together. Finding people "
                    "with the skills that future growth will need is harder. Through "
                    "Talent Now, BioWin helps the region’s biotech and healthtech "
                    "companies set up practical actions that support their "
                    "recruitment, ease the talent shortage and prepare tomorrow’s "
                    "skills.</p>"
                ),
                heading("First priority: data scientists"),
                paragraph(
                    "<p>In 2023 the working group started with the shortage of "
                    "data-scientist profiles. Belgium already has 37 high-quality "
                    "academic courses that train such experts, so the group did not "
                    "ask for more programmes. Its recommendations aim instead to bring "
                    "young data scientists into the professional world of the life "
                    "sciences, through internships and modules built on real-life "
                    "experience.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Talent Now cherche des solutions à la pénurie de data scientists",
            "slug": "talent-now-penurie-data-scientists",
            "intro": "En 2023, le groupe de travail Talent Now du pôle s’est d’abord "
            "attaqué au manque de data scientists. Plutôt que de nouvelles "
            "formations, il recommande de rapprocher les jeunes diplômés des "
            "entreprises des sciences du vivant.",
            "tags": ["talents", "science des données", "compétences"],
            "body": [
                paragraph(
                    "<p>L’écosystème wallon des sciences du vivant est solide : les "
                    "entreprises se connaissent et ont l’habitude de collaborer. "
                    "Trouver les compétences nécessaires à leur croissance future "
                    "reste en revanche un défi. Avec Talent Now, BioWin aide les "
                    "entreprises biotech et healthtech de la région à mettre en place "
                    "des actions concrètes pour soutenir leur recrutement, répondre à "
                    "la pénurie de talents et préparer les compétences de "
                    "demain.</p>"
                ),
                heading("Première priorité : les data scientists"),
                paragraph(
                    "<p>En 2023, le groupe de travail a commencé par la pénurie de "
                    "profils de data scientists. La Belgique compte déjà 37 "
                    "formations académiques de qualité pour former ces experts ; le "
                    "groupe n’a donc pas réclamé de nouveaux cursus. Ses "
                    "recommandations visent plutôt à rapprocher les jeunes data "
                    "scientists du monde professionnel des sciences du vivant, par "
                    "des stages et des modules d’expérience en conditions "
                    "réelles.</p>"
                ),
            ],
        },
    },
    {
        "key": "biowin-day",
        "date": datetime.date(2023, 10, 19),
        "palette": "amber",
        "areas": ["biopharma", "medtech", "e-health"],
        # The seeds do not name its exhibitors.
        "related": ["biowin-day-2023"],
        "en": {
            "title": "8th BioWin Day: more than 400 participants for a day of "
            "international networking",
            "slug": "biowin-day-8th-edition",
            "intro": "The eighth BioWin Day brought together more than 400 "
            "participants from 10 countries for a full day of workshops, expert "
            "talks and business meetings.",
            "tags": ["BioWin Day", "networking", "B2B meetings"],
            "body": [
                paragraph(
                    "<p>The eighth edition of BioWin Day filled a whole day with "
                    "international networking, interactive workshops and talks by "
                    "more than 30 high-level experts. Over 400 people took part, from "
                    "10 countries: business people, academics, scientists, "
                    "consultants and trainers among them.</p>"
                ),
                key_figures(
                    "The day in figures",
                    [
                        ("400+", "participants"),
                        ("30+", "high-level experts"),
                        ("10", "countries"),
                        ("45", "exhibition stands"),
                        ("800+", "B2B meetings"),
                        ("314", "participants in B2B meetings"),
                        ("85", "transnational meetings"),
                    ],
                    "BioWin, 8th BioWin Day",
                ),
                heading("Meetings that point to new collaborations"),
                paragraph(
                    "<p>Besides visiting the 45 exhibition stands, participants held "
                    "more than 800 one-to-one B2B meetings, involving 314 of them, "
                    "a promising sign of strong collaborations to come. With 85 of "
                    "those meetings bringing together partners from different "
                    "countries, the event strengthened its international "
                    "dimension.</p>"
                ),
            ],
        },
        "fr": {
            "title": "8e BioWin Day : plus de 400 participants pour une journée de "
            "networking international",
            "slug": "biowin-day-8e-edition",
            "intro": "La huitième édition du BioWin Day a réuni plus de 400 "
            "participants venus de 10 pays pour une journée complète d’ateliers, "
            "d’interventions d’experts et de rendez-vous d’affaires.",
            "tags": ["BioWin Day", "networking", "rendez-vous B2B"],
            "body": [
                paragraph(
                    "<p>Le huitième BioWin Day a consacré une journée entière au "
                    "networking international, à des ateliers interactifs et aux "
                    "interventions de plus de 30 experts de haut niveau. Plus de 400 "
                    "personnes de 10 pays y ont pris part : dirigeants d’entreprise, "
                    "universitaires, scientifiques, consultants, formateurs et bien "
                    "d’autres.</p>"
                ),
                key_figures(
                    "La journée en chiffres",
                    [
                        ("400+", "participants"),
                        ("30+", "experts de haut niveau"),
                        ("10", "pays"),
                        ("45", "stands d’exposition"),
                        ("800+", "rendez-vous B2B"),
                        ("314", "participants aux rendez-vous B2B"),
                        ("85", "rendez-vous transnationaux"),
                    ],
                    "BioWin, 8e BioWin Day",
                ),
                heading("Des rencontres qui annoncent de nouvelles collaborations"),
                paragraph(
                    "<p>Outre la visite des 45 stands d’exposition, plus de 800 "
                    "rendez-vous B2B ont réuni 314 participants, prélude à de solides "
                    "collaborations. Avec 85 rencontres entre partenaires de pays "
                    "différents, l’événement a renforcé sa dimension "
                    "internationale.</p>"
                ),
            ],
        },
    },
    {
        "key": "labelled-projects",
        "date": datetime.date(2023, 11, 23),
        "palette": "violet",
        "areas": [
            "digital-biomanufacturing",
            "advanced-therapies",
            "implanted-devices",
            "in-vitro-diagnostics",
            "radiation-in-healthcare",
        ],
        "related": [
            "qc1-radiopharmaceutical-quality-control",
            "rapid-group-b-streptococcus-test",
            "triple-negative-breast-cancer-test",
            "bioman-industry-of-the-future",
            "cell-therapy-production-project",
            "targeted-cancer-treatments-patient-data",
            "implanted-medical-device-project",
            "preventive-care-genomic-data",
            "advanced-therapies-initiative",
            "radiation-in-healthcare-project",
        ],
        "en": {
            "title": "Research and innovation: ten new projects earn the BioWin "
            "label in 2020–2023",
            "slug": "ten-projects-labelled-2020-2023",
            "intro": "From 2020 to 2023, the cluster’s members committed €37 million "
            "to R&D projects labelled by BioWin, €11 million of it from private "
            "funding.",
            "tags": ["R&D projects", "funding", "digital health"],
            "body": [
                paragraph(
                    "<p>Between 2020 and 2023, ten new research projects received the "
                    "BioWin label. The cluster’s members put €37 million into them, "
                    "of which €11 million came from private funding.</p>"
                ),
                key_figures(
                    "Labelled projects, 2020–2023",
                    [
                        ("10", "new projects labelled"),
                        ("€37M", "committed by members"),
                        ("€11M", "from private funding"),
                        ("¼", "of the investment in digital projects"),
                    ],
                    "BioWin, 2020–2023",
                ),
                heading("In the cluster’s priority domains"),
                paragraph(
                    "<p>Every project belongs to one of the cluster’s priority "
                    "domains:</p>"
                    "<ul><li>digital technologies applied to biomanufacturing;</li>"
                    "<li>implanted medical devices;</li><li>in vitro diagnostics;</li>"
                    "<li>the discovery and development of advanced therapies;</li>"
                    "<li>radiation in healthcare.</li></ul>"
                    "<p>Projects built on digital technologies follow the current "
                    "growth trend: on their own they represent a quarter of the total "
                    "investment.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Recherche et innovation : 10 nouveaux projets labellisés entre "
            "2020 et 2023",
            "slug": "dix-projets-labellises-2020-2023",
            "intro": "De 2020 à 2023, les membres du pôle ont consacré 37 millions "
            "d’euros aux projets de R&D labellisés par BioWin, dont 11 millions de "
            "financement privé.",
            "tags": ["projets de R&D", "financement", "santé numérique"],
            "body": [
                paragraph(
                    "<p>Entre 2020 et 2023, dix nouveaux projets de recherche ont "
                    "obtenu le label BioWin. Les membres du pôle y ont consacré 37 "
                    "millions d’euros, dont 11 millions issus de financements "
                    "privés.</p>"
                ),
                key_figures(
                    "Projets labellisés, 2020–2023",
                    [
                        ("10", "nouveaux projets labellisés"),
                        ("37 M€", "engagés par les membres"),
                        ("11 M€", "de financement privé"),
                        ("¼", "des investissements dans des projets numériques"),
                    ],
                    "BioWin, 2020–2023",
                ),
                heading("Dans les domaines prioritaires du pôle"),
                paragraph(
                    "<p>Chaque projet relève de l’un des domaines prioritaires du "
                    "pôle :</p>"
                    "<ul><li>les technologies numériques appliquées à la "
                    "bioproduction ;</li><li>les dispositifs médicaux implantés ;</li>"
                    "<li>le diagnostic in vitro ;</li><li>la découverte et le "
                    "développement de thérapies avancées ;</li><li>les rayonnements "
                    "en santé.</li></ul>"
                    "<p>Les projets numériques suivent la tendance de croissance "
                    "actuelle : ils représentent à eux seuls un quart de "
                    "l’investissement total.</p>"
                ),
            ],
        },
    },
    {
        "key": "medvia-events",
        "date": datetime.date(2023, 12, 7),
        "palette": "violet",
        "areas": ["medtech", "e-health"],
        "related": ["science-for-health-2023", "healthtech-investor-summit-2023"],
        "en": {
            "title": "Two events that bring Belgium’s regions together",
            "slug": "biowin-medvia-joint-events",
            "intro": "This year BioWin and MEDVIA, the health-innovation clusters of "
            "Wallonia and Flanders, organised two major events together: Science for "
            "Health and the Healthtech Investor Summit.",
            "tags": ["MEDVIA", "Flanders", "events"],
            "body": [
                paragraph(
                    "<p>BioWin in Wallonia and MEDVIA in Flanders both exist to "
                    "support and promote innovation in health, and working together "
                    "comes naturally to them. This year the two clusters co-organised "
                    "two major events: Science for Health and the Healthtech Investor "
                    "Summit.</p>"
                ),
                heading("More bridges between Flanders and Wallonia"),
                paragraph(
                    "<p>The year was a special one, as the two clusters stepped up "
                    "their cooperation to build more links between Flemish and "
                    "Walloon players (governments, companies, research "
                    "institutes, hospitals and more) around one shared goal: better "
                    "health for patients in Belgium and across the world. Organising "
                    "events together gathers a critical mass of players around a "
                    "given field of health.</p>"
                ),
                paragraph(
                    "<p>For BioWin, MEDVIA is a strong ally in facing together the "
                    "challenges that are settled at federal level. The clusters are "
                    "trying to bring funding channels into line, so that firms, "
                    "universities and hospitals from either region can find the "
                    "support they need to work together.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Deux événements qui rapprochent les régions belges",
            "slug": "evenements-communs-biowin-medvia",
            "intro": "Cette année, BioWin et MEDVIA, les pôles d’innovation en santé "
            "de Wallonie et de Flandre, ont organisé ensemble deux grands "
            "événements : Science for Health et le Healthtech Investor Summit.",
            "tags": ["MEDVIA", "Flandre", "événements"],
            "body": [
                paragraph(
                    "<p>BioWin en Wallonie et MEDVIA en Flandre partagent la même "
                    "raison d’être : soutenir et promouvoir l’innovation en santé, et "
                    "la collaboration fait partie de leur ADN. Cette année, les deux "
                    "pôles ont co-organisé deux grands événements : Science for "
                    "Health et le Healthtech Investor Summit.</p>"
                ),
                heading("Plus de ponts entre la Flandre et la Wallonie"),
                paragraph(
                    "<p>L’année a été particulière : les deux pôles ont intensifié "
                    "leur coopération pour multiplier les liens entre les "
                    "communautés flamande et wallonne (pouvoirs publics, entreprises, "
                    "instituts de recherche, hôpitaux…) autour d’un but commun : "
                    "améliorer la santé des patients, en Belgique et dans le monde. "
                    "Organiser des événements ensemble permet de réunir une masse "
                    "critique d’acteurs autour d’un domaine de santé précis.</p>"
                ),
                paragraph(
                    "<p>Pour BioWin, MEDVIA est un allié de poids pour relever "
                    "ensemble les défis qui se jouent au niveau fédéral. Les deux "
                    "pôles s’efforcent d’aligner les canaux de financement, afin que "
                    "les entreprises, hôpitaux et universités des deux régions "
                    "obtiennent le soutien nécessaire pour travailler ensemble.</p>"
                ),
            ],
        },
    },
]
