// Progressive enhancement only: without this file every page still works.
(function () {
  "use strict";
  // Filter panels arrive folded; on wide screens portal.css already shows them,
  // and opening them too keeps their state true (and older browsers usable).
  if (window.matchMedia("(min-width: 60em)").matches) {
    document.querySelectorAll("details[data-fold-on-phone]").forEach(function (panel) {
      panel.open = true;
    });
  }

  var toggle = document.querySelector(".menu-toggle");
  var menu = document.getElementById("site-menu");
  if (!toggle || !menu) return;

  var narrow = window.matchMedia("(max-width: 59.99em)");
  function setOpen(open) {
    toggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("is-open", open);
  }
  function sync() {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }
  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches && menu.classList.contains("is-open")) {
      setOpen(false);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", sync);
  sync();
})();
