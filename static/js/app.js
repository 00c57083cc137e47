// claimreview's own script: keyboard shortcuts for the review desk and focus after htmx swaps.
// Everything works without it (plain forms and links); this file only adds speed.
(function () {
  "use strict";

  var VERDICT_KEYS = { a: "attributed", d: "disputed", v: "verified" };

  function desk() { return document.getElementById("desk"); }

  function typing(target) {
    var tag = target && target.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    if (tag === "INPUT") return !["radio", "checkbox", "submit", "button"].includes(target.type);
    return target && target.isContentEditable;
  }

  function submit(form) {
    // An htmx form goes through htmx (swap, no page load); a plain one is submitted normally.
    // htmx wires up swapped-in content only when it settles, a moment after the swap: a key
    // pressed in between would find the new form not yet wired and be lost, so wire it now
    // (process() leaves an already wired form as it is).
    if (window.htmx && form.hasAttribute("hx-post")) {
      window.htmx.process(form);
      window.htmx.trigger(form, "submit");
    } else if (form.requestSubmit) form.requestSubmit();
    else form.submit();
  }

  function chooseVerdict(value) {
    var radio = document.querySelector('#verdict-form input[name="verdict"][value="' + value + '"]');
    if (!radio) return;
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    // Attributed needs a name, the others a note: go where the typing starts.
    var next = value === "attributed"
      ? document.getElementById("id_attributed_to")
      : document.getElementById("id_note");
    if (next) { next.focus(); next.select && value === "attributed" && next.select(); }
  }

  document.addEventListener("keydown", function (event) {
    var form = document.getElementById("verdict-form");
    if (!form || event.altKey || event.metaKey) return;
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      desk() && desk().focus();
      return;
    }
    if (event.key === "Enter" && event.ctrlKey && form.contains(event.target)) {
      event.preventDefault();
      submit(form);
      return;
    }
    if (typing(event.target) || event.ctrlKey) return;
    var key = event.key.toLowerCase();
    if (VERDICT_KEYS[key]) {
      event.preventDefault();
      chooseVerdict(VERDICT_KEYS[key]);
    } else if (key === "s") {
      var skip = document.getElementById("skip-form");
      if (skip) { event.preventDefault(); submit(skip); }
    } else if (event.key === "Enter" && (event.target === document.body || form.contains(event.target) || event.target === desk())) {
      event.preventDefault();
      submit(form);
    }
  });

  function markChosen() {
    document.querySelectorAll(".verdict-option").forEach(function (label) {
      var input = label.querySelector("input");
      label.classList.toggle("chosen", !!(input && input.checked));
    });
  }
  document.addEventListener("change", markChosen);

  // After a save or skip swaps in the next claim, put focus on the desk so keys work at once.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    markChosen();
    var target = event.detail && event.detail.target;
    if (target && target.id === "desk" || desk()) {
      var first = document.querySelector('#verdict-form input[name="verdict"]:checked') || desk();
      if (first) first.focus({ preventScroll: false });
      window.scrollTo({ top: 0 });
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    markChosen();
    if (desk() && !document.activeElement.matches("input, textarea")) desk().focus();
  });
})();
