// claimreview's own script: keyboard shortcuts for the review desk and focus after htmx swaps.
// Everything works without it (plain forms and links); this file only adds speed.
(function () {
  "use strict";

  // The verdicts, their keys and where typing starts come from the page: each radio of the
  // verdict form carries data-key and data-focus (rendered from claimreview.models), so this
  // file has no list of its own.
  function verdictRadio(key) {
    var form = document.getElementById("verdict-form");
    if (!form || !key) return null;
    var radios = form.querySelectorAll('input[name="verdict"][data-key]');
    for (var i = 0; i < radios.length; i++) {
      if (radios[i].dataset.key === key) return radios[i];
    }
    return null;
  }

  function desk() { return document.getElementById("desk"); }

  // The desk's other keyed actions ("no check needed", skip): a button with data-key that
  // submits its own form (the form attribute), rendered from claimreview.models like the radios.
  function keyedButton(key) {
    var area = desk();
    if (!area || !key) return null;
    var buttons = area.querySelectorAll("button[data-key]");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].dataset.key === key && buttons[i].form && !buttons[i].disabled) return buttons[i];
    }
    return null;
  }

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

  function chooseVerdict(radio) {
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    // Go where the typing starts (a name for some verdicts, a note for others): the radio says.
    var next = radio.dataset.focus && document.getElementById(radio.dataset.focus);
    if (next) {
      next.focus();
      // A prefilled single-line field (the source's name) is selected, to be replaced or kept.
      if (next.tagName === "INPUT" && next.select) next.select();
    }
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
    var radio = key.length === 1 ? verdictRadio(key) : null;
    var button = key.length === 1 && !radio ? keyedButton(key) : null;
    if (radio) {
      event.preventDefault();
      chooseVerdict(radio);
    } else if (button) {
      event.preventDefault();
      submit(button.form);
    } else if (event.key === "Enter" && ["BUTTON", "A"].includes(event.target.tagName)) {
      return; // Enter on a focused button or link presses that one, not "save"
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

  // "Said by" prefilled with the engine's speaker is marked as a suggestion (class "suggested",
  // rendered by the page) until the reviewer changes it.
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (field && field.dataset && field.dataset.suggested !== undefined) {
      field.classList.toggle("suggested", field.value === field.dataset.suggested);
    }
  });

  // After a save or skip swaps in the next claim, put focus on the desk so keys work at once.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    markChosen();
    var target = event.detail && event.detail.target;
    if (target && target.id === "desk" || desk()) {
      // Without scrolling: the desk's heading (article, claim N of M, status, lease) stays in
      // view under the sticky top bar; the page starts at its top.
      var first = document.querySelector('#verdict-form input[name="verdict"]:checked') || desk();
      if (first) first.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
    }
  });
  // Answers htmx does not swap (a 403 after a role was taken away, a 404, a 500, no network):
  // say so above the page instead of doing nothing. 400, 409 and 422 are swapped (see the
  // htmx-config meta tag in base.html): the desk partial explains those itself.
  function showError(text) {
    var main = document.getElementById("main");
    if (!main) return;
    var box = document.getElementById("request-error");
    if (!box) {
      box = document.createElement("p");
      box.id = "request-error";
      box.className = "message message-error";
      box.setAttribute("role", "alert");
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = text;
  }
  document.body.addEventListener("htmx:responseError", function (event) {
    var status = event.detail && event.detail.xhr ? event.detail.xhr.status : 0;
    showError(status === 403
      ? "You are not allowed to do that any more (your role may have changed). Reload the page."
      : "That didn't work (the server answered " + status + "). Reload the page and try again.");
  });
  document.body.addEventListener("htmx:sendError", function () {
    showError("The server can't be reached. Check the connection and try again.");
  });

  // Split by clicking a space (or selecting text: the split goes before the selection): the
  // page renders each space between two words as a link (.gap, data-at = the offset the desk
  // cuts at; without this script it opens the page's own preview). Here the preview of both
  // halves shows in place.
  function chooseGap(gap) {
    var picker = document.getElementById("split-picker");
    var preview = document.getElementById("split-preview");
    if (!picker || !preview || !gap) return;
    var before = document.createRange();
    before.setStart(picker, 0);
    before.setEndBefore(gap);
    var after = document.createRange();
    after.setStartAfter(gap);
    after.setEnd(picker, picker.childNodes.length);
    document.getElementById("split-head").textContent = before.toString().trim();
    document.getElementById("split-tail").textContent = after.toString().trim();
    document.getElementById("split-at").value = gap.dataset.at;
    picker.querySelectorAll(".gap.chosen").forEach(function (g) { g.classList.remove("chosen"); });
    gap.classList.add("chosen");
    preview.hidden = false;
  }

  document.addEventListener("click", function (event) {
    var gap = event.target.closest && event.target.closest("#split-picker .gap");
    if (gap) {
      event.preventDefault();
      chooseGap(gap);
      return;
    }
    var use = event.target.closest && event.target.closest(".use-verdict[data-use]");
    if (use && document.getElementById("verdict-form")) {
      event.preventDefault();
      useVerdict(JSON.parse(use.dataset.use));
    }
  });

  document.addEventListener("mouseup", function (event) {
    if (event.target.closest && event.target.closest("#split-picker .gap")) return;  // a click
    var picker = document.getElementById("split-picker");
    var selection = window.getSelection();
    if (!picker || !selection || selection.isCollapsed || !selection.rangeCount) return;
    var range = selection.getRangeAt(0);
    if (!picker.contains(range.startContainer)) return;
    var chosen = null;
    picker.querySelectorAll(".gap").forEach(function (gap) {
      if (range.comparePoint(gap, 0) < 0) chosen = gap;  // the last space before the selection
    });
    if (chosen) {
      chooseGap(chosen);
      selection.removeAllRanges();
    }
  });

  // "Use this verdict": an earlier claim's verdict, note, "said by" and sources go into the
  // form (rendered as a link to the claim page with ?use=, which does the same without this
  // script). Nothing is saved: the reviewer checks and saves.
  function useVerdict(data) {
    var form = document.getElementById("verdict-form");
    var radio = form.querySelector('input[name="verdict"][value="' + data.verdict + '"]');
    if (radio) {
      radio.checked = true;
      radio.dispatchEvent(new Event("change", { bubbles: true }));
    }
    var note = form.querySelector("#id_note");
    if (note) note.value = data.note || "";
    var said = form.querySelector("#id_attributed_to");
    if (said && data.attributed_to) {
      said.value = data.attributed_to;
      said.dispatchEvent(new Event("input", { bubbles: true }));
    }
    var rows = form.querySelectorAll(".sources .source-row");
    var total = form.querySelector('input[name$="-TOTAL_FORMS"]');
    var sources = data.sources || [];
    // More sources than rows: copy the last row, renumbered (the formset allows up to its max).
    var max = parseInt(form.querySelector('input[name$="-MAX_NUM_FORMS"]').value, 10);
    while (rows.length < Math.min(sources.length, max)) {
      var last = rows[rows.length - 1];
      var copy = last.cloneNode(true);
      var index = rows.length;
      copy.querySelectorAll("input").forEach(function (input) {
        input.name = input.name.replace(/-\d+-/, "-" + index + "-");
        if (input.id) input.id = input.id.replace(/-\d+-/, "-" + index + "-");
        var label = input.getAttribute("aria-label");
        if (label) input.setAttribute("aria-label", label.replace(/\d+/, String(index + 1)));
        input.value = "";
      });
      last.after(copy);
      rows = form.querySelectorAll(".sources .source-row");
      total.value = String(rows.length);
    }
    rows.forEach(function (row, i) {
      var source = sources[i] || {};
      ["url", "citation", "title", "quote"].forEach(function (name) {
        var input = row.querySelector('input[name$="-' + name + '"]');
        if (input) input.value = source[name] || "";
      });
    });
    var said_note = document.getElementById("used-note");
    if (!said_note) {
      said_note = document.createElement("p");
      said_note.id = "used-note";
      said_note.className = "used-note small";
      said_note.setAttribute("role", "status");
      form.insertBefore(said_note, form.querySelector(".verdicts"));
    }
    said_note.textContent = "The earlier verdict, note and sources are in the form: check them, then save.";
    if (note) {
      note.focus({ preventScroll: true });
      form.scrollIntoView({ block: "nearest" });
    }
  }

  // The top bar's menu on phones (CSS hides it behind the button only when this script runs).
  function setUpMenu() {
    var button = document.querySelector(".menu-button");
    var menu = document.getElementById("topbar-menu");
    if (!button || !menu) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = menu.classList.toggle("open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpMenu();
    markChosen();
    // Focus for the keys, without scrolling: the heading stays in view.
    if (desk() && !document.activeElement.matches("input, textarea")) desk().focus({ preventScroll: true });
    var chosen = document.querySelector("#split-picker .gap.chosen");
    if (chosen) {
      chooseGap(chosen);
      selection.removeAllRanges();
    }
  });
})();
