"""The demo site's core content, in English and French.

The facts come from the seed articles about the Walloon health cluster
BioWin; the wording is our own.
"""

import hashlib
import itertools
import re

SITE_NAME = "BioWin"

HOME = {
    "en": {
        "title": "Home",
        "seo_title": "BioWin, the health cluster of Wallonia",
        "slug": "home",
        "hero_heading": "Health innovation, built together in Wallonia",
        "hero_text": (
            "BioWin brings biotech, medtech and digital-health companies together "
            "with universities, research centres and hospitals, so that new "
            "treatments and devices reach patients sooner."
        ),
        "hero_cta_label": "Discover the cluster",
        "search_description": (
            "The health cluster of Wallonia: biotech, medtech and e-health "
            "companies, research centres and hospitals innovating together."
        ),
        "footer": (
            "BioWin is the health cluster of Wallonia, Belgium. It connects the "
            "region's life-science companies, labs and hospitals and helps them "
            "grow at home and abroad."
        ),
        "figures_heading": "The cluster in figures",
        "figures": [
            ("10", "R&D projects labelled 2020–2023"),
            ("€37M", "invested in those projects"),
            ("€11M", "of it from private funding"),
            ("400+", "attendees at the 8th BioWin Day"),
        ],
        "figures_source": "Cluster figures for 2020–2023.",
    },
    "fr": {
        "title": "Accueil",
        "seo_title": "BioWin, le pôle santé de Wallonie",
        "slug": "accueil",
        "hero_heading": "L’innovation en santé, construite ensemble en Wallonie",
        "hero_text": (
            "BioWin rassemble les entreprises de biotech, de medtech et de santé "
            "numérique, les universités, les centres de recherche et les hôpitaux "
            "pour que les nouveaux traitements et dispositifs arrivent plus vite "
            "aux patients."
        ),
        "hero_cta_label": "Découvrir le pôle",
        "search_description": (
            "Le pôle de compétitivité santé de Wallonie : entreprises biotech, "
            "medtech et e-santé, centres de recherche et hôpitaux qui innovent "
            "ensemble."
        ),
        "footer": (
            "BioWin est le pôle de compétitivité santé de Wallonie. Il relie les "
            "entreprises, laboratoires et hôpitaux de la région et les aide à "
            "grandir, ici et à l’international."
        ),
        "figures_heading": "Le pôle en chiffres",
        "figures": [
            ("10", "projets de R&D labellisés de 2020 à 2023"),
            ("37 M€", "investis dans ces projets"),
            ("11 M€", "de financement privé"),
            ("400+", "participants au 8e BioWin Day"),
        ],
        "figures_source": "Chiffres du pôle pour 2020–2023.",
    },
}

# Strategic areas, then the priority domains that sit under them.
AREAS = [
    {
        "slug": "biopharma",
        "en": (
            "Biopharma and advanced therapies",
            "Medicines from living systems, with a focus on advanced therapy "
            "medicinal products: cell therapy, gene therapy, exosomes and phages.",
        ),
        "fr": (
            "Biopharma et thérapies avancées",
            "Des médicaments issus du vivant, en particulier les médicaments de "
            "thérapie innovante : thérapie cellulaire, génique, exosomes et phages.",
        ),
    },
    {
        "slug": "medtech",
        "en": (
            "Medtech",
            "Medical equipment, implantable devices, in vitro diagnostics and "
            "consumables, from start-ups to international groups.",
        ),
        "fr": (
            "Medtech",
            "Équipements médicaux, dispositifs implantables, diagnostic in vitro "
            "et consommables, de la start-up au groupe international.",
        ),
    },
    {
        "slug": "e-health",
        "en": (
            "E-health",
            "Digital tools and services that help prevent, diagnose, treat and "
            "follow up illness, and put patient data to good use.",
        ),
        "fr": (
            "E-santé",
            "Des outils et services numériques pour prévenir, diagnostiquer, "
            "soigner et suivre les patients, en valorisant leurs données.",
        ),
    },
]

DOMAINS = [
    {
        "slug": "digital-biomanufacturing",
        "parent": "biopharma",
        "en": "Digital technologies for biomanufacturing",
        "fr": "Technologies numériques pour la bioproduction",
    },
    {
        "slug": "advanced-therapies",
        "parent": "biopharma",
        "en": "Discovery and development of advanced therapies",
        "fr": "Découverte et développement de thérapies avancées",
    },
    {
        "slug": "implanted-devices",
        "parent": "medtech",
        "en": "Implanted medical devices",
        "fr": "Dispositifs médicaux implantés",
    },
    {
        "slug": "in-vitro-diagnostics",
        "parent": "medtech",
        "en": "In vitro diagnostics",
        "fr": "Diagnostic in vitro",
    },
    {
        "slug": "radiation-in-healthcare",
        "parent": "medtech",
        "en": "Radiation in healthcare",
        "fr": "Rayonnements en santé",
    },
]

# Partners that are not members. CETIC, once listed here, is a member now and
# has its page in the member directory's demo instead.
ORGANISATIONS = [
    {
        "key": "awex",
        "name": "Wallonia Export & Investment Agency",
        "acronym": "AWEX",
        "kind": "agency",
        "country": "BE",
        "city": "Brussels",
        "palette": "teal",
        "en": "Wallonia's public agency for exports and foreign investment; it "
        "organises trade missions with the cluster.",
        "fr": "L’agence publique wallonne pour l’exportation et les "
        "investissements étrangers ; elle organise des missions avec le pôle.",
    },
    {
        "key": "medvia",
        "name": "MEDVIA",
        "acronym": "",
        "kind": "cluster",
        "country": "BE",
        "city": "",
        "palette": "violet",
        "en": "The Flemish health-innovation cluster, co-organiser of joint events "
        "such as Science for Health and the Healthtech Investor Summit.",
        "fr": "Le pôle flamand d’innovation en santé, co-organisateur d’événements "
        "communs comme Science for Health et le Healthtech Investor Summit.",
    },
    {
        "key": "polepharma",
        "name": "Polepharma",
        "acronym": "",
        "kind": "cluster",
        "country": "FR",
        "city": "",
        "palette": "amber",
        "en": "The French (bio)pharmaceutical industry cluster; a 2023 partnership "
        "covers skills, biomanufacturing and biomedical research.",
        "fr": "Le pôle français de l’industrie (bio)pharmaceutique ; un partenariat "
        "signé en 2023 couvre les compétences, la bioproduction et la recherche.",
    },
    {
        "key": "medicen",
        "name": "Medicen Paris Region",
        "acronym": "Medicen",
        "kind": "cluster",
        "country": "FR",
        "city": "Paris",
        "palette": "green",
        "en": "The Paris-region health cluster, a door into the French medtech "
        "market for Walloon start-ups.",
        "fr": "Le pôle santé d’Île-de-France, une porte d’entrée vers le marché "
        "medtech français pour les start-up wallonnes.",
    },
    {
        "key": "medical-alley",
        "name": "Medical Alley Association",
        "acronym": "MAA",
        "kind": "cluster",
        "country": "US",
        "city": "Minneapolis",
        "palette": "teal",
        "en": "The association covering Minnesota's whole healthcare ecosystem; "
        "linked to the cluster by a memorandum of understanding signed in 2018.",
        "fr": "L’association qui couvre tout l’écosystème santé du Minnesota ; liée "
        "au pôle par un protocole d’accord signé en 2018.",
    },
    {
        "key": "magia",
        "name": "Medtech Alliance for Global Internationalization",
        "acronym": "MAGIA",
        "kind": "cluster",
        "country": "",
        "city": "",
        "palette": "violet",
        "en": "A European alliance of four healthcare clusters, BioWin among them, "
        "that takes medtech companies to markets abroad.",
        "fr": "Une alliance européenne de quatre pôles santé, dont BioWin, qui "
        "accompagne les entreprises medtech vers les marchés étrangers.",
    },
    {
        "key": "digital-wallonia",
        "name": "Digital Wallonia",
        "acronym": "",
        "kind": "agency",
        "country": "BE",
        "city": "",
        "palette": "green",
        "en": "The Walloon digital strategy; its Industry of the Future programme "
        "awards the 'Factory of the Future' title.",
        "fr": "La stratégie numérique de la Wallonie ; son programme Industrie du "
        "futur décerne le titre de « Factory of the Future ».",
    },
]


BLOCK_TAG = re.compile(r"<(p|li|h[2-6]|blockquote)>")


def with_block_keys(html):
    """Give each text block the key the admin's editor would.

    Without keys, the first save in the admin adds them, and the revision
    comparison staff read when reviewing shows every paragraph as changed.
    """
    position = itertools.count()

    def keyed(match):
        seed = f"{html}{next(position)}".encode()
        return f'<{match[1]} data-block-key="{hashlib.blake2s(seed).hexdigest()[:5]}">'

    return BLOCK_TAG.sub(keyed, html)


def paragraph(html):
    return {"type": "paragraph", "value": with_block_keys(html)}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def key_figures(title, figures, source=""):
    return {
        "type": "key_figures",
        "value": {
            "heading": title,
            "figures": [{"value": v, "label": label} for v, label in figures],
            "source": source,
        },
    }


def quote(text, name, role, organisation):
    return {
        "type": "quote",
        "value": {
            "quote": text,
            "name": name,
            "role": role,
            "organisation": organisation,
        },
    }


# Standard pages: key, parent key (None = under home), show in menus, texts.
STANDARD_PAGES = [
    {
        "key": "about",
        "parent": None,
        "palette": "teal",
        "en": {
            "title": "About the cluster",
            "slug": "about",
            "intro": "Who we are, what we do for our members and why Wallonia "
            "is a good place to innovate in health.",
            "body": [
                paragraph(
                    "<p>BioWin is the health cluster of Wallonia. Its members are "
                    "biotech, medtech and e-health companies of every size, along "
                    "with universities, research centres and hospitals. Together "
                    "they turn research into treatments, devices and services "
                    "that answer tomorrow's public-health challenges, and create "
                    "skilled jobs in the region.</p>"
                ),
                heading("What the cluster does"),
                paragraph(
                    "<ul><li>Labels collaborative R&amp;D projects and helps them "
                    "find funding.</li><li>Connects members with each other and "
                    "with partners abroad, through networking days and trade "
                    "missions.</li><li>Works on the skills the sector needs, with "
                    "working groups such as Talent Now.</li></ul>"
                ),
                quote(
                    "Wallonia could become one of Europe's medtech valleys, and "
                    "working together is how we will get there.",
                    "Sylvie Ponchaut",
                    "Managing director",
                    "BioWin",
                ),
            ],
        },
        "fr": {
            "title": "À propos du pôle",
            "slug": "a-propos",
            "intro": "Qui nous sommes, ce que nous faisons pour nos membres et "
            "pourquoi la Wallonie est une terre d’innovation en santé.",
            "body": [
                paragraph(
                    "<p>BioWin est le pôle de compétitivité santé de Wallonie. Ses "
                    "membres sont des entreprises biotech, medtech et e-santé de "
                    "toutes tailles, des universités, des centres de recherche et "
                    "des hôpitaux. Ensemble, ils transforment la recherche en "
                    "traitements, dispositifs et services qui répondent aux défis "
                    "de santé publique de demain, et créent des emplois qualifiés "
                    "dans la région.</p>"
                ),
                heading("Ce que fait le pôle"),
                paragraph(
                    "<ul><li>Il labellise des projets de R&amp;D collaboratifs et "
                    "les aide à trouver un financement.</li><li>Il met ses membres "
                    "en relation entre eux et avec des partenaires étrangers, lors "
                    "de journées de networking et de missions.</li><li>Il travaille "
                    "sur les compétences dont le secteur a besoin, avec des groupes "
                    "de travail comme Talent Now.</li></ul>"
                ),
                quote(
                    "La Wallonie peut devenir l’une des « medtech valleys » "
                    "d’Europe, et c’est en travaillant ensemble que nous y "
                    "arriverons.",
                    "Sylvie Ponchaut",
                    "Directrice générale",
                    "BioWin",
                ),
            ],
        },
    },
    {
        "key": "strategic-areas",
        "parent": None,
        "palette": "violet",
        "en": {
            "title": "Strategic areas",
            "slug": "strategic-areas",
            "intro": "Three areas where Wallonia has a head start, and the "
            "priority domains in which the cluster labels projects.",
            "body": [
                paragraph(
                    "<p>The cluster concentrates on fields where the region already "
                    "has a competitive edge, in line with the European Union's "
                    "Smart Specialisation Strategy (S3).</p>"
                ),
                heading("Biopharma and advanced therapies"),
                paragraph(
                    "<p>Belgium, and Wallonia in particular, has an advanced-therapy "
                    "ecosystem with few equals in Europe. An initiative prepared "
                    "with 26 members groups 12 work packages into three pillars: "
                    "cell therapy, gene therapy, and exosome and bacteriophage "
                    "therapies.</p>"
                ),
                heading("Medtech"),
                paragraph(
                    "<p>Belgium counts about 200 medtech companies and close to "
                    "17,000 jobs; some 80 of those companies, with around 5,000 "
                    "full-time staff, are in Wallonia. In vitro diagnostics alone "
                    "make up nearly 40% of the Belgian industry.</p>"
                ),
                heading("E-health"),
                paragraph(
                    "<p>More than a quarter of Belgian medtech companies (26.5%) "
                    "develop at least one digital-health tool or service. Digital "
                    "projects account for about a quarter of the investment in the "
                    "cluster's recent R&amp;D projects.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Domaines stratégiques",
            "slug": "domaines-strategiques",
            "intro": "Trois domaines où la Wallonie a une longueur d’avance, et les "
            "domaines prioritaires dans lesquels le pôle labellise des projets.",
            "body": [
                paragraph(
                    "<p>Le pôle se concentre sur les domaines où la région dispose "
                    "déjà d’un avantage compétitif, en cohérence avec la stratégie "
                    "de spécialisation intelligente (S3) de l’Union européenne.</p>"
                ),
                heading("Biopharma et thérapies avancées"),
                paragraph(
                    "<p>La Belgique, et la Wallonie en particulier, possède un "
                    "écosystème des thérapies avancées rare en Europe. Une "
                    "initiative préparée avec 26 membres regroupe 12 work packages "
                    "en trois piliers : thérapie cellulaire, thérapie génique, et "
                    "thérapies par exosomes et bactériophages.</p>"
                ),
                heading("Medtech"),
                paragraph(
                    "<p>La Belgique compte environ 200 entreprises medtech et près "
                    "de 17 000 emplois ; quelque 80 de ces entreprises, avec environ "
                    "5 000 équivalents temps plein, sont en Wallonie. Le diagnostic "
                    "in vitro représente à lui seul près de 40 % du secteur belge.</p>"
                ),
                heading("E-santé"),
                paragraph(
                    "<p>Plus d’un quart des entreprises medtech belges (26,5 %) "
                    "développent au moins un outil ou service de santé numérique. "
                    "Les projets numériques représentent environ un quart des "
                    "investissements des projets de R&amp;D récents du pôle.</p>"
                ),
            ],
        },
    },
    {
        "key": "governance",
        "parent": "about",
        "palette": "green",
        "en": {
            "title": "Governance and board",
            "slug": "governance",
            "intro": "How the cluster is run, and why its board is renewed every "
            "three years.",
            "body": [
                paragraph(
                    "<p>The Board of Directors is the cluster's main decision-making "
                    "body. It is renewed every three years so that its members "
                    "reflect the challenges of the moment and governance keeps "
                    "evolving.</p>"
                ),
                paragraph(
                    "<p>Over the last three-year term the board steered the cluster "
                    "towards the areas where Wallonia is strongest: biopharma with "
                    "a focus on advanced therapy medicinal products (ATMPs), "
                    "medtech, and e-health. That focus has sped up technical "
                    "progress and strengthened the region's standing in the life "
                    "sciences.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Gouvernance et conseil d’administration",
            "slug": "gouvernance",
            "intro": "Comment le pôle est dirigé, et pourquoi son conseil est "
            "renouvelé tous les trois ans.",
            "body": [
                paragraph(
                    "<p>Le conseil d’administration est le principal organe de "
                    "décision du pôle. Il est renouvelé tous les trois ans pour que "
                    "sa composition reflète les enjeux du moment et que la "
                    "gouvernance reste vivante.</p>"
                ),
                paragraph(
                    "<p>Au cours du dernier mandat, le conseil a orienté le pôle vers "
                    "les domaines où la Wallonie est la plus forte : la biopharma, "
                    "avec un accent sur les médicaments de thérapie innovante "
                    "(MTI), la medtech et l’e-santé. Ce choix a accéléré les "
                    "avancées technologiques et renforcé la place de la région dans "
                    "les sciences du vivant.</p>"
                ),
            ],
        },
    },
    {
        "key": "talent-now",
        "parent": "about",
        "palette": "amber",
        "en": {
            "title": "Talent Now working group",
            "slug": "talent-now",
            "intro": "Members working together on recruitment and the skills the "
            "health sector will need.",
            "body": [
                paragraph(
                    "<p>Wallonia's life-science companies work closely together, "
                    "but finding the right people remains hard. Talent Now helps "
                    "biotech and healthtech companies in the region with practical "
                    "answers to their recruitment needs and to the skills gap.</p>"
                ),
                heading("2023: data scientists"),
                paragraph(
                    "<p>The group's first priority was the shortage of data "
                    "scientists. Belgium already offers 37 good academic "
                    "programmes in the field, so the group did not call for more "
                    "courses. It recommended bringing young data scientists into "
                    "contact with the life-science industry through internships "
                    "and hands-on modules based on real cases.</p>"
                ),
            ],
        },
        "fr": {
            "title": "Groupe de travail Talent Now",
            "slug": "talent-now",
            "intro": "Des membres qui travaillent ensemble sur le recrutement et les "
            "compétences dont le secteur de la santé aura besoin.",
            "body": [
                paragraph(
                    "<p>Les entreprises wallonnes des sciences du vivant collaborent "
                    "étroitement, mais trouver les bons profils reste difficile. "
                    "Talent Now aide les entreprises biotech et healthtech de la "
                    "région à trouver des réponses concrètes à leurs besoins de "
                    "recrutement et à la pénurie de compétences.</p>"
                ),
                heading("2023 : les data scientists"),
                paragraph(
                    "<p>La première priorité du groupe a été la pénurie de data "
                    "scientists. La Belgique propose déjà 37 formations académiques "
                    "de qualité dans ce domaine ; le groupe n’a donc pas demandé de "
                    "nouveaux cursus. Il recommande de rapprocher les jeunes data "
                    "scientists du monde professionnel des sciences du vivant, par "
                    "des stages et des modules pratiques fondés sur des cas réels.</p>"
                ),
            ],
        },
    },
]

MAIN_MENU = ["about", "strategic-areas"]
FOOTER_MENU = ["about", "governance", "talent-now", "strategic-areas"]
