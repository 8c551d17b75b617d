"""The events section in a real browser: no axe violation, filters and
registration that work with the keyboard and without JavaScript, and a whole
registration, from the form to the emailed cancellation link.

Registering writes: on in-memory SQLite the writes are rolled back with the
test, but on PostgreSQL the live server commits them, and the demo site is
shared by the whole package. Every test that registers uses the `registrant`
fixture, which deletes what that address registered when the test ends.
"""

import os
import re
import secrets
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.admin_support import as_server
from tests.e2e.support import DESKTOP, PHONE, load_lazy_images, screenshot_name
from tests.e2e.test_accessibility import FOCUS_STATE, violation_report

INDEX = "/en/events/"
ARCHIVE = "/en/events/past/"
DEMO = "/en/events/biowin-day-demo-edition/"
DEMO_TITLE = "BioWin Day (demo edition)"
REGISTER = f"{DEMO}register/"
MISSION = "/en/events/medtech-mission-minneapolis-2023/"
MISSION_TITLE = "Medtech mission to Minneapolis"
FR_INDEX = "/fr/evenements/"
FR_EVENT = "/fr/evenements/biowin-day-edition-demonstration/"
PAGES = [
    INDEX,
    f"{INDEX}?kind=networking",
    ARCHIVE,
    MISSION,
    DEMO,
    REGISTER,
    FR_INDEX,
    FR_EVENT,
]
WIDTHS = {"argnames": "viewport", "argvalues": [PHONE, DESKTOP], "ids": ["390", "1280"]}
NO_JAVASCRIPT = {
    "argnames": "browser_context_options",
    "argvalues": [{"viewport": PHONE, "java_script_enabled": False}],
    "ids": ["390-no-js"],
}
# The registration form's own fields, in the order they are on the page.
FORM_FIELDS = ["Your name", "Your email address", "Your organisation"]

axe = Axe()


def assert_no_axe_violations(page):
    violations = axe.run(page).response["violations"]
    assert not violations, violation_report(violations)


def shoot(page, name):
    """With E2E_SCREENSHOTS=<dir>, the page as it is now: <name>_<width>.png.

    For the pages `visit` cannot reopen by their path: a form after a POST,
    pages whose address holds a one-time token.
    """
    folder = os.environ.get("E2E_SCREENSHOTS")
    if not folder:
        return
    target = Path(folder) / f"{screenshot_name(name)}_{page.viewport_size['width']}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=target, full_page=True)


# Registrations, as the live server sees them (see admin_support.as_server).
def registrations_of(email):
    from events.models import Registration

    return list(
        Registration.objects.filter(email=email).values(
            "status", "organisation_name", "member__slug", "wants_b2b_meetings"
        )
    )


def delete_registrations_of(email):
    from events.models import Registration

    Registration.objects.filter(email=email).delete()


@pytest.fixture
def registrant(demo_site):
    """An address no one registered with; what it registers is deleted after."""
    email = f"e2e.{secrets.token_hex(4)}@example.org"
    try:
        yield email
    finally:
        as_server(delete_registrations_of, email)
        assert as_server(registrations_of, email) == [], "a registration is left"


@pytest.fixture
def server_mail(django_capture_on_commit_callbacks):
    """Around a request that sends mail after its transaction commits.

    On in-memory SQLite the server shares the test's transaction, which never
    commits: its on-commit callbacks (the confirmation email) are run here.
    Elsewhere the server commits and sends the mail itself.
    """
    return lambda: django_capture_on_commit_callbacks(execute=True)


def fill_registration(page, name, email, organisation, b2b=False):
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your email address").fill(email)
    page.get_by_label("Your organisation").fill(organisation)
    if b2b:
        page.get_by_label("I would like to book B2B meetings").check()


def submit_registration(page, server_mail):
    with server_mail():
        page.get_by_role("button", name="Register", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("You are registered")


def cancel_path(mailoutbox, email, base_url):
    """The path of the cancellation link in the confirmation sent to `email`."""
    [message] = [message for message in mailoutbox if message.to == [email]]
    assert message.subject == f"You are registered: {DEMO_TITLE}"
    found = re.search(r"^(https?://\S+/cancel/[\w-]{20,}/)$", message.body, re.M)
    assert found, message.body
    url = urlsplit(found[1])
    assert f"{url.scheme}://{url.netloc}" == base_url, f"not this site: {found[1]}"
    assert url.path.startswith("/en/"), f"not in English: {url.path}"
    return url.path


def open_link(page, base_url, path, status=200):
    """Open a one-time link (`visit` would name a screenshot after its token)."""
    response = page.goto(base_url + path)
    assert response.status == status, f"{path}: HTTP {response.status}"


def places_left(page):
    """The number of places the event page says are left."""
    facts = page.locator(".facts > div").filter(
        has=page.get_by_role("term").filter(has_text="Registration")
    )
    found = re.search(r"(\d+) places? left", facts.inner_text())
    assert found, facts.inner_text()
    return int(found[1])


# What a click in the middle of an element would land on, if not the element.
COVERED_BY = """el => {
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(
    box.left + box.width / 2, box.top + box.height / 2);
  if (hit && el.contains(hit)) return null;
  return hit ? hit.outerHTML.slice(0, 120) : "nothing";
}"""


# How far apart two elements are: the larger of the horizontal and vertical
# distances between their boxes, negative when the boxes overlap.
SPACE_BETWEEN = """([a, b]) => {
  const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
  return Math.round(Math.max(s.left - r.right, r.left - s.right,
                             s.top - r.bottom, r.top - s.bottom));
}"""
# The links whose text runs over more than one line.
WRAPPED = """links => links.filter(link => {
  const range = document.createRange();
  range.selectNodeContents(link);
  const lines = new Set(Array.from(range.getClientRects(), box => Math.round(box.top)));
  return lines.size > 1;
}).map(link => link.textContent.trim())"""

# How far the header's last control reaches past the right edge of the content.
HEADER_OVERFLOW = """() => {
  const content = document.querySelector("main .container");
  const edge = content.getBoundingClientRect().right
    - parseFloat(getComputedStyle(content).paddingRight);
  const controls = document.querySelectorAll(
    ".site-header a, .site-header input, .site-header button");
  const rights = Array.from(controls, el => el.getBoundingClientRect().right);
  const right = Math.max(...rights);
  return Math.round(right - edge);
}"""


def space_between(page, first, second):
    return page.evaluate(
        SPACE_BETWEEN, [first.element_handle(), second.element_handle()]
    )


def card_titles(page):
    return page.locator(".event-card .card__title a").all_inner_texts()


# 1. axe


@pytest.mark.parametrize(**WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, visit, path):
    visit(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize(**WIDTHS)
def test_no_axe_violations_on_the_form_with_errors(page, visit):
    visit(REGISTER)
    with page.expect_response(
        lambda response: response.request.method == "POST"
    ) as sent:
        page.get_by_role("button", name="Register", exact=True).click()
    assert sent.value.status == 400
    expect(page.get_by_role("alert")).to_have_text(
        "Please correct the fields marked below."
    )
    for label in FORM_FIELDS:
        field = page.get_by_label(label)
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_have_accessible_description(
            re.compile("This field is required.")
        )
    shoot(page, "en-events-register-errors")
    assert_no_axe_violations(page)


@pytest.mark.parametrize(**WIDTHS)
def test_no_axe_violations_when_registered_and_cancelling(
    page, visit, demo_site, registrant, server_mail, mailoutbox
):
    visit(REGISTER)
    fill_registration(page, "Axe Tester", registrant, "Example Labs")
    submit_registration(page, server_mail)
    shoot(page, "en-events-register-done")
    assert_no_axe_violations(page)

    open_link(page, demo_site.url, cancel_path(mailoutbox, registrant, demo_site.url))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Cancel your registration?"
    )
    shoot(page, "en-events-cancel-confirm")
    assert_no_axe_violations(page)


# 2. Keyboard


@pytest.mark.parametrize(**WIDTHS)
def test_the_registration_form_is_reached_in_order_with_visible_focus(page, visit):
    visit(REGISTER)
    stops = []
    for _ in range(60):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        assert state is not None, f"focus left the page after {stops}"
        state["name"] = page.evaluate(
            "() => { const el = document.activeElement;"
            " return el.labels?.[0]?.textContent.replace(/\\s+/g, ' ').trim()"
            " || el.innerText.trim(); }"
        )
        stops.append(state)
        if state["element"].startswith("<button") and state["name"] == "Register":
            break
    names = [stop["name"] for stop in stops]
    assert "Your name (required)" in names, names
    first = names.index("Your name (required)")
    assert names[first:] == [
        "Your name (required)",
        "Your email address (required)",
        "Your organisation (required)",
        "I would like to book B2B meetings",
        "Register",
    ]
    unmarked = [stop for stop in stops if not (stop["indicator"] and stop["shown"])]
    assert not unmarked, unmarked


@pytest.mark.parametrize("key", ["Enter", "Space"])
@pytest.mark.parametrize("viewport", [PHONE], ids=["390"])
def test_the_folded_filter_panel_opens_from_the_keyboard(page, visit, key):
    visit(INDEX)
    panel = page.locator("details.filter-panel")
    kind = page.get_by_label("Kind")
    expect(panel).not_to_have_attribute("open", "")  # folded on a phone
    expect(kind).to_be_hidden()

    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.filter-panel__summary')"):
            break
    else:
        pytest.fail("the filter panel's summary is not in the first 40 tab stops")
    state = page.evaluate(FOCUS_STATE)
    assert state["indicator"] and state["shown"], state

    page.keyboard.press(key)
    expect(panel).to_have_attribute("open", "")
    expect(kind).to_be_visible()
    expect(page.get_by_role("button", name="Show events")).to_be_visible()
    # The next stop is the first filter.
    page.keyboard.press("Tab")
    expect(kind).to_be_focused()


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_the_filter_panel_is_open_on_a_desktop(page, visit):
    visit(INDEX)
    expect(page.locator("details.filter-panel")).to_have_attribute("open", "")
    expect(page.get_by_label("Kind")).to_be_visible()


# 3. Without JavaScript


@pytest.mark.parametrize(**NO_JAVASCRIPT)
def test_the_archive_filters_work_without_javascript(page, visit):
    visit(ARCHIVE)
    assert len(card_titles(page)) >= 4, "the 2023 events"
    page.get_by_label("Kind").select_option("mission")
    page.get_by_role("button", name="Show events").click()

    expect(page).to_have_url(re.compile(r"/en/events/past/\?(.*&)?kind=mission(&|$)"))
    expect(page.get_by_label("Kind")).to_have_value("mission")
    expect(page.locator(".results-count")).to_have_text("1 past event")
    assert card_titles(page) == [MISSION_TITLE]
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()


@pytest.mark.parametrize(**NO_JAVASCRIPT)
def test_registration_works_without_javascript(page, visit, registrant, server_mail):
    visit(REGISTER)
    fill_registration(page, "No Script", registrant, "Example Labs", b2b=True)
    submit_registration(page, server_mail)
    assert as_server(registrations_of, registrant) == [
        {
            "status": "confirmed",
            "organisation_name": "Example Labs",
            "member__slug": None,
            "wants_b2b_meetings": True,
        }
    ]


# 4. The whole journey


@pytest.mark.parametrize(**WIDTHS)
def test_register_then_cancel_with_the_emailed_link(
    page, visit, demo_site, registrant, server_mail, mailoutbox, console_errors
):
    visit(DEMO)
    before = places_left(page)
    page.get_by_role("link", name="Register", exact=True).click()
    expect(page).to_have_url(demo_site.url + REGISTER)
    expect(page.get_by_role("heading", level=1)).to_have_text(DEMO_TITLE)

    fill_registration(page, "Dana Demo", registrant, "Trasis", b2b=True)
    # The organisation field suggests the member companies.
    organisation = page.get_by_label("Your organisation")
    expect(organisation).to_have_attribute("list", "member-names")
    suggestions = page.locator("datalist#member-names option")
    expect(suggestions.and_(page.locator("[value='Trasis']"))).to_have_count(1)
    submit_registration(page, server_mail)
    expect(page.locator("main")).to_contain_text(
        f"Your place at {DEMO_TITLE} is confirmed."
    )
    # "Trasis" as typed is the member company.
    assert as_server(registrations_of, registrant) == [
        {
            "status": "confirmed",
            "organisation_name": "Trasis",
            "member__slug": "trasis",
            "wants_b2b_meetings": True,
        }
    ]
    page.get_by_role("link", name=f"Back to {DEMO_TITLE}").click()
    assert places_left(page) == before - 1

    link = cancel_path(mailoutbox, registrant, demo_site.url)
    open_link(page, demo_site.url, link)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Cancel your registration?"
    )
    page.get_by_role("button", name="Yes, cancel my registration").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your registration is cancelled"
    )
    shoot(page, "en-events-cancelled")
    assert [row["status"] for row in as_server(registrations_of, registrant)] == [
        "cancelled"
    ]
    assert console_errors == []

    # The link is used up (a 410, which the console reports).
    open_link(page, demo_site.url, link, status=410)
    expect(page.get_by_role("heading", level=1)).to_have_text("Already cancelled")
    shoot(page, "en-events-cancel-used")

    page.get_by_role("link", name=f"Back to {DEMO_TITLE}").click()
    assert places_left(page) == before


# 5. Calendars


@pytest.mark.parametrize("viewport", [DESKTOP], ids=["1280"])
def test_add_to_calendar_on_a_card_downloads_the_event(page, visit, demo_site):
    visit(INDEX)
    card = page.locator(".event-card").filter(has_text=DEMO_TITLE)
    # Named after its event, for a screen reader's list of links.
    link = card.get_by_role("link", name=re.compile(r"^Add to calendar\b"))
    expect(link).to_have_accessible_name(
        re.compile(rf"^Add to calendar ?: {re.escape(DEMO_TITLE)}$")
    )

    response = page.request.get(demo_site.url + link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.text().startswith("BEGIN:VCALENDAR")

    # The card's title link covers the whole card (a stretched ::after): the
    # calendar link must stay above it, or a click opens the event instead.
    link.scroll_into_view_if_needed()
    covered_by = link.evaluate(COVERED_BY)
    assert covered_by is None, f"a click on 'Add to calendar' lands on {covered_by}"
    with page.expect_download() as started:
        link.click()
    download = started.value
    assert download.suggested_filename.endswith(".ics"), download.suggested_filename
    text = Path(download.path()).read_text()
    assert text.startswith("BEGIN:VCALENDAR"), text[:200]
    assert f"SUMMARY:{DEMO_TITLE}" in text
    assert "DTSTART;TZID=Europe/Brussels:" in text


def test_an_all_day_event_is_whole_days_in_its_calendar(page, demo_site):
    response = page.request.get(f"{demo_site.url}{MISSION}ics/")
    assert response.headers["content-type"].startswith("text/calendar")
    text = response.text()
    assert "BEGIN:VCALENDAR" in text
    # 8–12 May 2023 in Minneapolis: DTEND is the day after the last.
    assert "DTSTART;VALUE=DATE:20230508" in text
    assert "DTEND;VALUE=DATE:20230513" in text


# 6. Rendering and layout: what looking at the screenshots brought up.


@pytest.mark.parametrize(**WIDTHS)
@pytest.mark.parametrize("path", [INDEX, ARCHIVE, DEMO, MISSION, REGISTER])
def test_renders_with_its_images_and_no_console_error(
    page, visit, console_errors, path
):
    visit(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    load_lazy_images(page)
    broken = page.evaluate(
        "Array.from(document.images).filter(i => i.naturalWidth === 0)"
        ".map(i => i.currentSrc)"
    )
    assert broken == []
    assert console_errors == []
    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        "horizontal scroll"
    )


@pytest.mark.parametrize(
    "viewport",
    [{"width": 960, "height": 800}, DESKTOP, {"width": 1440, "height": 900}],
    ids=["960", "1280", "1440"],
)
@pytest.mark.parametrize("path", [INDEX, FR_INDEX])
def test_the_main_menu_fits_without_wrapping_a_label(page, visit, path):
    # Six sections with their French labels: the menu has a row of its own
    # on wide screens, so no label breaks and nothing sticks out sideways.
    visit(path)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    wrapped = page.locator(".main-nav__link").evaluate_all(WRAPPED)
    assert wrapped == [], f"menu items on two lines: {wrapped}"
    # …and within the width of the page's content, not out to its edge.
    overflow = page.evaluate(HEADER_OVERFLOW)
    assert overflow <= 1, f"the header runs {overflow}px past the content's edge"


@pytest.mark.parametrize("path", [INDEX, ARCHIVE, DEMO, REGISTER])
def test_the_breadcrumb_marks_the_page_you_are_on(page, visit, path):
    # aria-current="page" tells a screen reader "this is where you are": on a
    # link to another page (the archive's "Events", the form's event) it
    # misleads.
    visit(path)
    current = page.locator("nav.breadcrumbs [aria-current='page']")
    expect(current).to_have_count(1)
    assert current.get_attribute("href") in (None, urlsplit(page.url).path), (
        f"{current.inner_text()!r} links to {current.get_attribute('href')}"
    )


@pytest.mark.parametrize(**WIDTHS)
def test_the_registration_form_lines_up_with_its_heading(page, visit):
    visit(REGISTER)
    title = page.get_by_role("heading", level=1).bounding_box()
    form = page.locator("form.form").bounding_box()
    assert abs(form["x"] - title["x"]) <= 1, (
        f"the form starts at x={form['x']}, its heading at x={title['x']}"
    )


@pytest.mark.parametrize(**WIDTHS)
def test_the_actions_after_registering_and_cancelling_do_not_touch(
    page, visit, demo_site, registrant, server_mail, mailoutbox
):
    visit(REGISTER)
    fill_registration(page, "Layout Tester", registrant, "Example Labs")
    submit_registration(page, server_mail)
    back = page.get_by_role("link", name=f"Back to {DEMO_TITLE}")
    squeezed = []
    gap = space_between(page, page.get_by_role("link", name="Add to calendar"), back)
    if gap < 8:
        squeezed.append(f"done page: 'Add to calendar' and 'Back to…' {gap}px apart")

    open_link(page, demo_site.url, cancel_path(mailoutbox, registrant, demo_site.url))
    button = page.get_by_role("button", name="Yes, cancel my registration")
    gap = space_between(page, button, back)
    if gap < 8:
        squeezed.append(f"cancel page: the button and 'Back to…' {gap}px apart")
    assert not squeezed, squeezed
